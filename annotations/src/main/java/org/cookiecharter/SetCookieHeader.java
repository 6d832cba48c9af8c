package org.cookiecharter;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code Set-Cookie} header's value ({@code name=value; Attr=...}) as a browser reads it (RFC
 * 6265, section 5.2): the cookie's name and when it expires. The one reading of the header for the
 * guard, which checks what a response sets, and the browser scan, which checks what a site sets.
 *
 * @param name the name: before the first {@code =} of the first part, trimmed; a value without
 *     {@code =} gives its whole first part, which is then not a {@linkplain #validName() valid}
 *     name
 * @param validName whether the name is RFC 6265's cookie-name ({@link #isCookieName})
 * @param expiry when the cookie expires: the last valid {@code Max-Age} decides, else the last
 *     valid {@code Expires}; empty for a session cookie. A {@code Max-Age} of zero or less gives
 *     {@link Instant#MIN}, one too large to count gives {@link Instant#MAX}.
 * @param domain the last {@code Domain} attribute with a value, lower case, without its leading
 *     dot; empty for a host-only cookie
 * @param path the last {@code Path} attribute that starts with {@code /}; empty for the default
 */
public record SetCookieHeader(
    String name,
    boolean validName,
    Optional<Instant> expiry,
    Optional<String> domain,
    Optional<String> path) {
  public SetCookieHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(path, "path");
  }

  /** A cookie without {@code Domain} nor {@code Path}. */
  public SetCookieHeader(String name, boolean validName, Optional<Instant> expiry) {
    this(name, validName, expiry, Optional.empty(), Optional.empty());
  }

  /** Reads {@code header}, a {@code Max-Age} counted from now. Any text gives an answer. */
  public static SetCookieHeader parse(String header) {
    return parse(header, Instant.now());
  }

  /** Reads {@code header}, a {@code Max-Age} counted from {@code now}. */
  public static SetCookieHeader parse(String header, Instant now) {
    String name = nameOf(header);
    boolean named = pair(header).contains("="); // else no name: the whole part is no cookie's
    int end = header.indexOf(';');
    if (!named || end < 0) {
      return new SetCookieHeader(name, named && isCookieName(name), Optional.empty());
    }
    String attributes = header.substring(end + 1);
    return new SetCookieHeader(
        name,
        isCookieName(name),
        expiry(attributes, now),
        lastValue(attributes, "domain", true)
            .map(domain -> domain.startsWith(".") ? domain.substring(1) : domain)
            .map(domain -> domain.toLowerCase(Locale.ROOT)),
        lastValue(attributes, "path", false).filter(path -> path.startsWith("/")));
  }

  /**
   * The name a header's value gives its cookie: before the first {@code =} of the first part,
   * trimmed; the whole first part, trimmed, where it has no {@code =}. What the build reads from a
   * {@code Set-Cookie} header written in the code, and the run time from a response's.
   */
  public static String nameOf(String header) {
    String pair = pair(header);
    int equals = pair.indexOf('=');
    return (equals < 0 ? pair : pair.substring(0, equals)).strip();
  }

  /**
   * The seconds of the last {@code Max-Age} attribute whose value is a whole number, as a browser
   * keeps the last (RFC 6265, section 5.3); empty if none. Numbers of more than 18 digits are
   * ignored: they would not fit in a {@code long}.
   */
  public static OptionalLong maxAge(String header) {
    int end = header.indexOf(';');
    OptionalLong last = OptionalLong.empty();
    if (end < 0) {
      return last;
    }
    for (String attribute : header.substring(end + 1).split(";", -1)) {
      int equals = attribute.indexOf('=');
      if (equals >= 0
          && attribute.substring(0, equals).strip().equalsIgnoreCase("max-age")
          && attribute.substring(equals + 1).strip().matches("-?[0-9]{1,18}")) {
        last = OptionalLong.of(Long.parseLong(attribute.substring(equals + 1).strip()));
      }
    }
    return last;
  }

  /** The first part of a header's value: the name and value, before any attribute. */
  private static String pair(String header) {
    int end = header.indexOf(';');
    return end < 0 ? header : header.substring(0, end);
  }

  /**
   * The value of the last attribute called {@code key}, stripped: RFC 6265 ignores an empty {@code
   * Domain}, where an empty or relative {@code Path} sets the default path.
   */
  private static Optional<String> lastValue(String attributes, String key, boolean skipEmpty) {
    Optional<String> last = Optional.empty();
    for (String attribute : attributes.split(";", -1)) {
      int equals = attribute.indexOf('=');
      String value = equals < 0 ? "" : attribute.substring(equals + 1).strip();
      if (equals >= 0
          && attribute.substring(0, equals).strip().equalsIgnoreCase(key)
          && !(skipEmpty && (value.isEmpty() || value.equals(".")))) {
        last = Optional.of(value);
      }
    }
    return last;
  }

  /** Whether the cookie is deleted as soon as it is set: it expires before {@code now}. */
  public boolean deletesAt(Instant now) {
    return expiry.isPresent() && expiry.get().isBefore(now);
  }

  /**
   * The expiry that the attributes give, as browsers read them: a value that a browser ignores is
   * ignored here too, so that nothing counts as a deletion that a browser keeps.
   */
  private static Optional<Instant> expiry(String attributes, Instant now) {
    Optional<Instant> byMaxAge = Optional.empty();
    Optional<Instant> byExpires = Optional.empty();
    for (String attribute : attributes.split(";", -1)) {
      int equals = attribute.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String key = attribute.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = attribute.substring(equals + 1).strip();
      if (key.equals("max-age") && value.matches("-?[0-9]+")) {
        byMaxAge = Optional.of(afterSeconds(now, value));
      } else if (key.equals("expires")) {
        Optional<Instant> expires = CookieDate.parse(value);
        if (expires.isPresent()) {
          byExpires = expires;
        }
      }
    }
    return byMaxAge.isPresent() ? byMaxAge : byExpires;
  }

  /** Any number of digits: zero or negative expires at once, a positive one saturates. */
  private static Instant afterSeconds(Instant now, String digits) {
    if (digits.startsWith("-") || digits.chars().allMatch(c -> c == '0')) {
      return Instant.MIN;
    }
    try {
      return now.plusSeconds(Long.parseLong(digits));
    } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }

  /** RFC 6265's cookie-name: see {@link CookieNameToken}. */
  public static boolean isCookieName(String name) {
    return CookieNameToken.isToken(name);
  }
}
