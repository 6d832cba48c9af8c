package org.cookiecharter.example.portal;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.DeclaredCookie;

/** Every cookie the portal sets, each documented where its name is defined. */
public final class PortalCookies {
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Authentification (front et back office)",
      purpose = "Se souvenir de l'utilisateur d'une page à une autre.",
      category = CookieCategory.NECESSARY)
  public static final String SESSION_ID = "sessionid";

  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Sélection de la langue (front et back office)",
      purpose = "Se souvenir de la langue du visiteur",
      category = CookieCategory.NECESSARY)
  public static final String LANGUAGE = "django_language";

  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "API (CSRF) (front et back office)",
      purpose = "Récupérer des données via des appels API",
      category = CookieCategory.NECESSARY)
  public static final String CSRF_TOKEN = "csrftoken";

  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Choix concernant vos préférences sur les cookies",
      purpose = "Se souvenir du choix opéré par le visiteur concernant les cookies",
      category = CookieCategory.NECESSARY)
  public static final String COOKIE_PREFERENCES = "cookies_preferences";

  private PortalCookies() {}
}
