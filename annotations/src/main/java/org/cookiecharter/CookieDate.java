package org.cookiecharter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An {@code Expires} value read as browsers read it: RFC 6265's cookie-date algorithm (section
 * 5.1.1), which takes the first time, day, month and year tokens whatever their order and
 * separators, accepts two-digit years and ignores the time zone. So {@code Thu, 01-Jan-1970
 * 00:00:00 GMT}, {@code Thursday, 01-Jan-70 00:00:00 GMT} and {@code Thu Jan 1 00:00:00 1970} are
 * all the same instant, and an offset such as {@code +1200} changes nothing.
 */
final class CookieDate {
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private CookieDate() {}

  /** The instant, or none when the value is not a cookie-date (a browser ignores the attribute). */
  static Optional<Instant> parse(String value) {
    int[] time = null;
    int day = -1;
    int month = -1;
    int year = -1;
    for (String token : tokens(value)) {
      int[] hms;
      if (time == null && (hms = time(token)) != null) {
        time = hms;
      } else if (day < 0 && leadingDigits(token, 1, 2) >= 0) {
        day = leadingDigits(token, 1, 2);
      } else if (month < 0 && month(token) > 0) {
        month = month(token);
      } else if (year < 0 && leadingDigits(token, 2, 4) >= 0) {
        year = leadingDigits(token, 2, 4);
      }
    }
    if (time == null || day < 0 || month < 0 || year < 0) {
      return Optional.empty();
    }
    if (year >= 70 && year <= 99) {
      year += 1900;
    } else if (year >= 0 && year <= 69) {
      year += 2000;
    }
    if (day < 1 || day > 31 || year < 1601 || time[0] > 23 || time[1] > 59 || time[2] > 59) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.of(year, month, day, time[0], time[1], time[2]).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty(); // 31 February: no such date
    }
  }

  /** The tokens between delimiters: %x09, %x20-2F, %x3B-40, %x5B-60, %x7B-7E. */
  private static String[] tokens(String value) {
    StringBuilder spaced = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean delimiter =
          c == 0x09
              || c >= 0x20 && c <= 0x2f
              || c >= 0x3b && c <= 0x40
              || c >= 0x5b && c <= 0x60
              || c >= 0x7b && c <= 0x7e;
      spaced.append(delimiter ? ' ' : c);
    }
    return spaced.toString().trim().split(" +");
  }

  /** hms-time: 1*2DIGIT ":" 1*2DIGIT ":" 1*2DIGIT, then anything but a digit. */
  private static int @Nullable [] time(String token) {
    int[] parts = new int[3];
    int at = 0;
    for (int part = 0; part < 3; part++) {
      int start = at;
      while (at < token.length() && at - start < 2 && isAsciiDigit(token.charAt(at))) {
        at++;
      }
      if (at == start || at < token.length() && isAsciiDigit(token.charAt(at))) {
        return null;
      }
      parts[part] = Integer.parseInt(token.substring(start, at));
      if (part < 2) {
        if (at == token.length() || token.charAt(at) != ':') {
          return null;
        }
        at++;
      }
    }
    return parts;
  }

  /** The number of {@code min} to {@code max} digits that start the token, then no digit; or -1. */
  private static int leadingDigits(String token, int min, int max) {
    int digits = 0;
    while (digits < token.length() && isAsciiDigit(token.charAt(digits))) {
      digits++;
    }
    if (digits < min || digits > max) {
      return -1;
    }
    return Integer.parseInt(token.substring(0, digits));
  }

  /** 1 to 12 when the token starts with a month's three letters, any case; else 0. */
  private static int month(String token) {
    if (token.length() < 3) {
      return 0;
    }
    int index = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT));
    return index >= 0 && index % 3 == 0 ? index / 3 + 1 : 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
