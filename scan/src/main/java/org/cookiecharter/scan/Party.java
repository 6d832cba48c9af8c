package org.cookiecharter.scan;

import java.util.Locale;

/** Whose a cookie or storage key is, seen from the site scanned ({@link Parties}). */
public enum Party {
  /** The site's own registrable domain. */
  FIRST,
  /** Another registrable domain: an embedded service, an advertising network. */
  THIRD;

  /** {@code first} or {@code third}, as the report writes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
