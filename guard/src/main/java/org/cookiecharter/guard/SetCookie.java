package org.cookiecharter.guard;

import java.time.Instant;
import org.cookiecharter.PrintableText;
import org.cookiecharter.SetCookieHeader;

/**
 * What the guard needs of one cookie that a response sets: its name, whether that name is a valid
 * one, and whether the cookie deletes one (an expiry in the past, as a browser reads it).
 */
record SetCookie(String name, boolean validName, boolean deletion) {
  /** A name longer than this is not a cookie name anyone declares: it is cut in messages. */
  private static final int SHOWN_NAME = 64;

  /** A cookie of the Servlet API: deleted by {@code setMaxAge(0)}. */
  static SetCookie of(String name, int maxAge) {
    return new SetCookie(name, SetCookieHeader.isCookieName(name), maxAge == 0);
  }

  /**
   * The cookie of a {@code Set-Cookie} header's value, as {@link SetCookieHeader} reads it: a
   * deletion when its expiry is already past.
   */
  static SetCookie parse(String header) {
    Instant now = Instant.now();
    SetCookieHeader cookie = SetCookieHeader.parse(header, now);
    return new SetCookie(cookie.name(), cookie.validName(), cookie.deletesAt(now));
  }

  /** The name as a log line may show it: quoted, escaped, cut. */
  String shownName() {
    return "\"" + PrintableText.escaped(name, SHOWN_NAME) + "\"";
  }
}
