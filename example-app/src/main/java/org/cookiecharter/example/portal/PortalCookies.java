package org.cookiecharter.example.portal;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieText;
import org.cookiecharter.DeclaredCookie;

/**
 * The cookies that only this portal sets, each documented where its name is defined. The session
 * and language cookies come from the platform's shared library, {@link
 * org.cookiecharter.example.commons.CommonCookies}; the charter lists both.
 */
public final class PortalCookies {
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "API (CSRF) (front et back office)",
      purpose = "Récupérer des données via des appels API",
      category = CookieCategory.NECESSARY,
      duration = "P1Y")
  @CookieText(
      language = "en",
      service = "API (CSRF) (front and back office)",
      purpose = "Protects API calls against forged requests")
  public static final String CSRF_TOKEN = "csrftoken";

  /** Set by the consent banner in the visitor's browser ({@link ConsentBanner}). */
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Choix concernant vos préférences sur les cookies",
      purpose = "Se souvenir du choix opéré par le visiteur concernant les cookies",
      category = CookieCategory.NECESSARY,
      duration = "P6M")
  @CookieText(
      language = "en",
      service = "Your cookie choices",
      purpose = "Remembers the visitor's choices about cookies")
  public static final String COOKIE_PREFERENCES = "cookies_preferences";

  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Mesure d'audience (front office)",
      purpose = "Compter les visiteurs et les pages qu'ils consultent, pour améliorer le portail",
      category = CookieCategory.STATISTICS,
      duration = "P1Y")
  @CookieText(
      language = "en",
      service = "Audience measurement (front office)",
      purpose = "Counts visitors and the pages they view, to improve the portal")
  public static final String VISITOR = "ods_visitor";

  private PortalCookies() {}
}
