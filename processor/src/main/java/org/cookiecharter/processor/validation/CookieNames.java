package org.cookiecharter.processor.validation;

import java.util.Optional;

/**
 * Checks a declared name against RFC 6265 §4.1.1: a cookie name is a token, printable US-ASCII
 * without blanks or separators. A final {@code *} declares a family and needs a prefix.
 */
final class CookieNames {
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private CookieNames() {}

  /** Why {@code name} cannot be declared, or empty if it can. */
  static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (name.equals("*")) {
      return Optional.of("a family needs a prefix before its *");
    }
    for (int i = 0; i < name.length(); i++) {
      int c = name.codePointAt(i);
      if (c == ' ') {
        return Optional.of("it contains a blank");
      }
      if (c < 0x20 || c == 0x7f) {
        return Optional.of(String.format("it contains the control character U+%04X", c));
      }
      if (c > 0x7f) {
        // Shown only if it is a letter or digit: a stray line separator would break the message.
        String shown = Character.isLetterOrDigit(c) ? " " + new String(Character.toChars(c)) : "";
        return Optional.of(String.format("it contains the non-ASCII character U+%04X%s", c, shown));
      }
      if (SEPARATORS.indexOf(c) >= 0) {
        return Optional.of("it contains " + (char) c);
      }
    }
    return Optional.empty();
  }
}
