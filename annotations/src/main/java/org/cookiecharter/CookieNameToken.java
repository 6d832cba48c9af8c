package org.cookiecharter;

import java.util.Optional;

/**
 * RFC 6265's cookie-name (section 4.1.1): a token of RFC 2616, printable US-ASCII without blanks or
 * separators. The one rule of the build, which refuses to declare another name, and of the run
 * time, which reads a {@code Set-Cookie} header ({@link SetCookieHeader}).
 */
public final class CookieNameToken {
  /** The characters a token may not hold besides blanks and control characters (RFC 2616 §2.2). */
  public static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private CookieNameToken() {}

  /** What makes a name no token. */
  public enum Kind {
    EMPTY,
    /** A space. */
    BLANK,
    /** A character below U+0020, or U+007F. */
    CONTROL,
    /** A character above U+007F. */
    NON_ASCII,
    /** One of {@link #SEPARATORS}. */
    SEPARATOR
  }

  /**
   * The first thing that makes a name no token.
   *
   * @param codePoint the character at fault; 0 for {@link Kind#EMPTY}
   */
  public record Problem(Kind kind, int codePoint) {}

  /** Whether {@code name} is a cookie-name. */
  public static boolean isToken(String name) {
    return problem(name).isEmpty();
  }

  /** The first thing that makes {@code name} no cookie-name; empty if it is one. */
  public static Optional<Problem> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of(new Problem(Kind.EMPTY, 0));
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (c == ' ') {
        return Optional.of(new Problem(Kind.BLANK, c));
      }
      if (c < 0x20 || c == 0x7f) {
        return Optional.of(new Problem(Kind.CONTROL, c));
      }
      if (c > 0x7f) {
        return Optional.of(new Problem(Kind.NON_ASCII, c));
      }
      if (SEPARATORS.indexOf(c) >= 0) {
        return Optional.of(new Problem(Kind.SEPARATOR, c));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }
}
