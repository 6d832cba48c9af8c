package org.cookiecharter;

import java.util.Locale;

/**
 * The four kinds of cookie that the charter's prose describes, in the order the charter lists its
 * sections.
 */
public enum CookieCategory {
  /**
   * Needed for the platform to work (session, language, CSRF token, the visitor's cookie choices).
   * Exempt from consent.
   */
  NECESSARY,
  /**
   * Follows what visitors do on the site to produce statistics. Only anonymous audience measurement
   * may be exempt from consent, and a category cannot tell whether it is: {@link
   * #requiresConsent()} answers {@code true}, and a cookie that claims the exemption says so with
   * {@link DeclaredCookie#exempt()} ({@link CookieDefinition#requiresConsent()}).
   */
  STATISTICS,
  /**
   * Set by the platform itself beyond what it needs to work, for example to follow a visitor or for
   * advertising.
   */
  FIRST_PARTY,
  /** Set by or for another site, for example an advertising network or an embedded service. */
  THIRD_PARTY;

  /** {@link #key()}: asked for every cookie that the guard checks, so computed once. */
  private final String key = name().toLowerCase(Locale.ROOT);

  /**
   * Whether a cookie of this category may be set only after the visitor consented. Only {@link
   * #NECESSARY} cookies are exempt as a category; the answer errs on the side of asking. A
   * statistics cookie may be exempt on its own: ask {@link CookieDefinition#requiresConsent()}.
   */
  public boolean requiresConsent() {
    return this != NECESSARY;
  }

  /**
   * The name in lower case ({@code necessary}, {@code statistics}, {@code first_party}, {@code
   * third_party}): the category's key in the consent banners' configurations.
   */
  public String key() {
    return key;
  }
}
