package org.springframework.security.web.csrf;

public final class CookieCsrfTokenRepository {
  public static CookieCsrfTokenRepository withHttpOnlyFalse() {
    return null;
  }

  public void setCookieName(String cookieName) {}
}
