package org.cookiecharter.processor.validation;

import java.util.Optional;
import org.cookiecharter.WildcardNames;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Message.Fragment;

/**
 * RFC 6265 §4.1.1: a cookie name is a token, printable US-ASCII without blanks or separators. A
 * final {@code *} declares a family ({@link WildcardNames}) and needs a prefix.
 */
public final class CookieNameRule {
  /** The characters a token may not hold besides blanks and control characters (RFC 2616 §2.2). */
  public static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private CookieNameRule() {}

  /** Why {@code name} cannot be declared, to complete {@link Message#INVALID_COOKIE_NAME}. */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of(Fragment.EMPTY_NAME.format());
    }
    if (name.equals(String.valueOf(WildcardNames.WILDCARD))) {
      return Optional.of(Fragment.WILDCARD_WITHOUT_PREFIX.format());
    }
    for (int i = 0; i < name.length(); i++) {
      int c = name.codePointAt(i);
      if (c == ' ') {
        return Optional.of(Fragment.BLANK_IN_NAME.format());
      }
      if (c < 0x20 || c == 0x7f) {
        return Optional.of(Fragment.CONTROL_IN_NAME.format(c));
      }
      if (c > 0x7f) {
        // Shown only if it is a letter or digit: a stray line separator would break the message.
        return Optional.of(
            Character.isLetterOrDigit(c)
                ? Fragment.NON_ASCII_LETTER_IN_NAME.format(c, Character.toString(c))
                : Fragment.NON_ASCII_IN_NAME.format(c));
      }
      if (SEPARATORS.indexOf(c) >= 0) {
        return Optional.of(Fragment.SEPARATOR_IN_NAME.format(Character.toString(c)));
      }
    }
    return Optional.empty();
  }

  /** The separators as the message lists them: {@code ( ) < > ...}. */
  static String separatorsForMessage() {
    return String.join(" ", SEPARATORS.split(""));
  }
}
