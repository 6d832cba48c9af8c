package org.cookiecharter.example.spring;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.DeclaredCookie;

/** Every cookie of the portal: those Spring sets for it, and its audience cookie. */
public final class PortalCookies {
  @DeclaredCookie(
      provider = "Portail",
      service = "Connexion (toutes les pages)",
      purpose = "Se souvenir de l'utilisateur d'une page à une autre",
      category = CookieCategory.NECESSARY,
      duration = "session")
  public static final String SESSION = "JSESSIONID";

  @DeclaredCookie(
      provider = "Portail",
      service = "Formulaires (toutes les pages)",
      purpose = "Protéger les formulaires contre les requêtes d'autres sites (CSRF)",
      category = CookieCategory.NECESSARY,
      duration = "session")
  public static final String CSRF_TOKEN = "XSRF-TOKEN";

  @DeclaredCookie(
      provider = "Portail",
      service = "Connexion (page de connexion)",
      purpose = "Garder l'utilisateur connecté quand il l'a demandé",
      category = CookieCategory.NECESSARY,
      duration = "P14D")
  public static final String REMEMBER_ME = "remember-me";

  @DeclaredCookie(
      provider = "Portail",
      service = "Sélection de la langue (toutes les pages)",
      purpose = "Se souvenir de la langue du visiteur",
      category = CookieCategory.NECESSARY,
      duration = "P1Y")
  public static final String LANGUAGE = "lang";

  @DeclaredCookie(
      provider = "Matomo (hébergé par le portail)",
      service = "Mesure d'audience (toutes les pages)",
      purpose = "Distinguer les visiteurs pour compter les visites",
      category = CookieCategory.STATISTICS,
      duration = "P13M")
  public static final String VISITOR = "_pk_id.*";

  /** The audience cookie of this site: {@link #VISITOR}'s family, site 1. */
  static final String SITE_VISITOR = "_pk_id.1";

  private PortalCookies() {}
}
