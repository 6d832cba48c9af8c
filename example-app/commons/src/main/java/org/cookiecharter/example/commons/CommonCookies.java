package org.cookiecharter.example.commons;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieText;
import org.cookiecharter.DeclaredCookie;

/**
 * The cookies of the platform's shared web layer, which every portal sets: the session and the
 * visitor's language. Each portal that has this library on its class path lists them in its
 * charter.
 */
public final class CommonCookies {
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Authentification (front et back office)",
      purpose = "Se souvenir de l'utilisateur d'une page à une autre.",
      category = CookieCategory.NECESSARY,
      duration = "session")
  @CookieText(
      language = "en",
      service = "Authentication (front and back office)",
      purpose = "Remembers the user from one page to the next.")
  public static final String SESSION_ID = "sessionid";

  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Sélection de la langue (front et back office)",
      purpose = "Se souvenir de la langue du visiteur",
      category = CookieCategory.NECESSARY,
      duration = "P1Y")
  @CookieText(
      language = "en",
      service = "Language selection (front and back office)",
      purpose = "Remembers the visitor's language")
  public static final String LANGUAGE = "django_language";

  private CommonCookies() {}
}
