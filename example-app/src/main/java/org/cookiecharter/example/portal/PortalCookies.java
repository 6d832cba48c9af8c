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

  private PortalCookies() {}
}
