package org.cookiecharter.guard;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
      if (key.equals("max-age") && value.matches("-?[0-9]{1,18}")) {
        byMaxAge = Long.parseLong(value) <= 0;
      } else if (key.equals("expires")) {
        try {
          byExpires =
              ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                  .toInstant()
                  .isBefore(Instant.now());
        } catch (DateTimeParseException e) {
          // a browser ignores an Expires it cannot read
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

  /** The name as a log line may show it: quoted, control and other characters escaped, cut. */
  String shownName() {
    StringBuilder shown = new StringBuilder("\"");
    for (int i = 0; i < Math.min(name.length(), SHOWN_NAME); i++) {
      char c = name.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        shown.append(c);
      } else {
        shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    shown.append('"');
    if (name.length() > SHOWN_NAME) {
      shown.append(" (cut, ").append(name.length()).append(" characters)");
    }
    return shown.toString();
  }
}
