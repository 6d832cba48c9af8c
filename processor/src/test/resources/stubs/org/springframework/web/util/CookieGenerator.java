package org.springframework.web.util;

public class CookieGenerator {
  public void setCookieName(String cookieName) {}
}
