package org.cookiecharter.example.portal;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieStorage;
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

  /** Kept by the portal's own script in the browser's storage ({@code portal.js}). */
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Liste des jeux de données (front office)",
      purpose = "Garder l'affichage choisi pour la liste des jeux de données",
      category = CookieCategory.NECESSARY,
      storage = CookieStorage.LOCAL_STORAGE)
  @CookieText(
      language = "en",
      service = "Dataset list (front office)",
      purpose = "Keeps the view chosen for the list of datasets")
  public static final String DATASETS_VIEW = "ods_datasets_view";

  /**
   * The audience measurement's visitor id, set by its script once statistics are accepted ({@code
   * audience.js}, as Matomo's {@code _pk_id.<site>.<hash>}).
   */
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Mesure d'audience (front office)",
      purpose = "Reconnaître le navigateur d'une visite à l'autre, pour compter les visiteurs",
      category = CookieCategory.STATISTICS,
      duration = "P13M")
  @CookieText(
      language = "en",
      service = "Audience measurement (front office)",
      purpose = "Recognises the browser from one visit to the next, to count visitors")
  public static final String AUDIENCE_ID = "_pk_id.*";

  /** The audience measurement's visit, set by the same script ({@code _pk_ses.<site>.<hash>}). */
  @DeclaredCookie(
      provider = "Opendatasoft",
      service = "Mesure d'audience (front office)",
      purpose = "Regrouper les pages vues au cours d'une même visite",
      category = CookieCategory.STATISTICS,
      duration = "PT30M")
  @CookieText(
      language = "en",
      service = "Audience measurement (front office)",
      purpose = "Groups the pages viewed during one visit")
  public static final String AUDIENCE_SESSION = "_pk_ses.*";

  /**
   * Set by the map that the home page embeds from another site once the visitor accepts third
   * parties ({@link EmbeddedMap}), by a script in its frame.
   */
  @DeclaredCookie(
      provider = "Carto (carte intégrée)",
      service = "Carte des jeux de données (accueil)",
      purpose = "Garder la position et le zoom de la carte",
      category = CookieCategory.THIRD_PARTY,
      duration = "P30D")
  @CookieText(
      language = "en",
      service = "Map of the datasets (home page)",
      purpose = "Keeps the map's position and zoom")
  public static final String MAP_PREFERENCES = "map_prefs";

  private PortalCookies() {}
}
