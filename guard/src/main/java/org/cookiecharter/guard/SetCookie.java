package org.cookiecharter.guard;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What the guard needs of one cookie that a response sets: its name, whether that name is a valid
 * one, and whether the cookie deletes one (an expiry in the past, as a browser reads it).
 */
record SetCookie(String name, boolean validName, boolean deletion) {
  /** A name longer than this is not a cookie name anyone declares: it is cut in messages. */
  private static final int SHOWN_NAME = 64;

  /** A cookie of the Servlet API: deleted by {@code setMaxAge(0)}. */
  static SetCookie of(String name, int maxAge) {
    return new SetCookie(name, isToken(name), maxAge == 0);
  }

  /**
   * The cookie of a {@code Set-Cookie} header's value ({@code name=value; Attr=...}), read as RFC
   * 6265 reads it: the name is before the first {@code =} of the first part, trimmed; {@code
   * Max-Age} wins over {@code Expires}. Any text gives an answer; one without {@code =} has no
   * valid name.
   */
  static SetCookie parse(String header) {
    int end = header.indexOf(';');
    String pair = end < 0 ? header : header.substring(0, end);
    int equals = pair.indexOf('=');
    if (equals < 0) {
      return new SetCookie(pair.strip(), false, false);
    }
    String name = pair.substring(0, equals).strip();
    return new SetCookie(name, isToken(name), end >= 0 && deletes(header.substring(end + 1)));
  }

  /**
   * Whether the attributes expire the cookie now, as RFC 6265 (section 5.2) has browsers read them:
   * the last valid {@code Max-Age}, else the last valid {@code Expires}, decides; a value that a
   * browser ignores is ignored here too, so that nothing counts as a deletion that a browser keeps.
   */
  private static boolean deletes(String attributes) {
    Boolean byMaxAge = null;
    Boolean byExpires = null;
    for (String attribute : attributes.split(";", -1)) {
      int equals = attribute.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String key = attribute.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = attribute.substring(equals + 1).strip();
      if (key.equals("max-age") && value.matches("-?[0-9]+")) {
        // Any number of digits: zero or negative deletes, a positive one keeps (saturated).
        byMaxAge = value.startsWith("-") || value.chars().allMatch(c -> c == '0');
      } else if (key.equals("expires")) {
        Optional<Instant> expiry = CookieDate.parse(value);
        if (expiry.isPresent()) {
          byExpires = expiry.get().isBefore(Instant.now());
        }
      }
    }
    return byMaxAge != null ? byMaxAge : Boolean.TRUE.equals(byExpires);
  }

  /** RFC 6265's cookie-name: a token of RFC 2616, visible ASCII but its separators. */
  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The name as a log line may show it: quoted, escaped, cut. */
  String shownName() {
    return "\"" + LogText.escaped(name, SHOWN_NAME) + "\"";
  }
}
