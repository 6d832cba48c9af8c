package org.springframework.security.web.csrf;

public final class CookieCsrfTokenRepository {
  public void setCookieName(String cookieName) {}
}
