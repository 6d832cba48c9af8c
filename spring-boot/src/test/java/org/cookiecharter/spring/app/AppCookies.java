package org.cookiecharter.spring.app;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieText;
import org.cookiecharter.DeclaredCookie;

/** The test application's cookies. */
public final class AppCookies {
  @DeclaredCookie(
      provider = "Portail",
      service = "Session (toutes les pages)",
      purpose = "Se souvenir de l'utilisateur connecté",
      category = CookieCategory.NECESSARY,
      duration = "session")
  @CookieText(language = "en", service = "Session (every page)", purpose = "Remembers the user")
  public static final String SESSION = "JSESSIONID";

  @DeclaredCookie(
      provider = "Matomo",
      service = "Mesure d'audience (toutes les pages)",
      purpose = "Distinguer les visiteurs",
      category = CookieCategory.STATISTICS,
      duration = "P13M")
  @CookieText(language = "en", service = "Audience (every page)", purpose = "Tells visitors apart")
  public static final String VISITOR = "_pk_id.*";

  private AppCookies() {}
}
