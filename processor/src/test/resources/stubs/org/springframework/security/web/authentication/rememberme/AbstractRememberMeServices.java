package org.springframework.security.web.authentication.rememberme;

public abstract class AbstractRememberMeServices {
  public void setCookieName(String cookieName) {}
}
