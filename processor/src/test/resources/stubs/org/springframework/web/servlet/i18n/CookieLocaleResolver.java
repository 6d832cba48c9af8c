package org.springframework.web.servlet.i18n;

public class CookieLocaleResolver {
  public static final String DEFAULT_COOKIE_NAME = CookieLocaleResolver.class.getName() + ".LOCALE";

  public CookieLocaleResolver(String cookieName) {}

  public CookieLocaleResolver() {}
}
