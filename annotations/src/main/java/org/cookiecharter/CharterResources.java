package org.cookiecharter;

/**
 * Where the build writes the charter: class-path resource names, so that an application serves or
 * prints its own charter without repeating them.
 *
 * <pre>{@code
 * try (InputStream in = MyApp.class.getClassLoader().getResourceAsStream(CharterResources.HTML)) {
 *   ...
 * }
 * }</pre>
 */
public final class CharterResources {
  /** The folder of all charter files, in the class output and so in the jar. */
  public static final String DIRECTORY = "META-INF/cookie-charter/";

  /** The charter as plain text, table rows tab-separated: French, as every charter file here. */
  public static final String TEXT = DIRECTORY + "charte-cookies.txt";

  /** The charter as Markdown, with a pipe table per section. */
  public static final String MARKDOWN = DIRECTORY + "charte-cookies.md";

  /** The charter as an HTML fragment to embed in a page. */
  public static final String HTML = DIRECTORY + "charte-cookies.html";

  /** The English policy as plain text ({@code -Acookiecharter.languages=...,en}). */
  public static final String ENGLISH_TEXT = DIRECTORY + "cookie-policy.txt";

  /** The English policy as Markdown. */
  public static final String ENGLISH_MARKDOWN = DIRECTORY + "cookie-policy.md";

  /** The English policy as an HTML fragment. */
  public static final String ENGLISH_HTML = DIRECTORY + "cookie-policy.html";

  /**
   * An optional stylesheet for the HTML fragments, scoped to {@code .cookie-charter}: a page links
   * it, or styles the fragment itself.
   */
  public static final String STYLESHEET = DIRECTORY + "charte-cookies.css";

  /**
   * The configuration of the Klaro! consent banner: a script that sets {@code var klaroConfig},
   * included before Klaro's own.
   */
  public static final String KLARO_CONFIG = DIRECTORY + "consent/klaro-config.js";

  /**
   * The services of the tarteaucitron consent banner: a script that defines {@code
   * tarteaucitron.services} and fills {@code tarteaucitron.job}, included after tarteaucitron's own
   * and before {@code tarteaucitron.init}.
   */
  public static final String TARTEAUCITRON_SERVICES =
      DIRECTORY + "consent/tarteaucitron-services.js";

  /**
   * The configuration of the CookieConsent v3 banner: a script that sets {@code var
   * cookieConsentConfig}, for {@code CookieConsent.run(cookieConsentConfig)}.
   */
  public static final String COOKIECONSENT_CONFIG = DIRECTORY + "consent/cookieconsent-config.js";

  /** The platform and every cookie with all its fields, as JSON. */
  public static final String JSON = DIRECTORY + "cookies.json";

  /**
   * What changed since the baseline {@code cookies.json} given with {@code
   * -Acookiecharter.baseline}, as Markdown for a pull request; written only with that option.
   */
  public static final String CHANGES = DIRECTORY + "cookie-changes.md";

  private CharterResources() {}
}
