package org.springframework.session.web.http;

public class DefaultCookieSerializer {
  public void setCookieName(String cookieName) {}
}
