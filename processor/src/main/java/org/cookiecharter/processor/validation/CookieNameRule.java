package org.cookiecharter.processor.validation;

import java.util.Optional;
import org.cookiecharter.CookieNameToken;
import org.cookiecharter.WildcardNames;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Message.Fragment;

/**
 * The name a declaration may give: RFC 6265's cookie-name ({@link CookieNameToken}), in the words
 * of the processor's messages; a final {@code *} declares a family ({@link WildcardNames}) and
 * needs a prefix.
 */
public final class CookieNameRule {
  private CookieNameRule() {}

  /** Why {@code name} cannot be declared, to complete {@link Message#INVALID_COOKIE_NAME}. */
  public static Optional<String> problem(String name) {
    if (name.equals(String.valueOf(WildcardNames.WILDCARD))) {
      return Optional.of(Fragment.WILDCARD_WITHOUT_PREFIX.format());
    }
    return CookieNameToken.problem(name).map(CookieNameRule::why);
  }

  private static String why(CookieNameToken.Problem problem) {
    int c = problem.codePoint();
    return switch (problem.kind()) {
      case EMPTY -> Fragment.EMPTY_NAME.format();
      case BLANK -> Fragment.BLANK_IN_NAME.format();
      case CONTROL -> Fragment.CONTROL_IN_NAME.format(c);
      // Shown only if it is a letter or digit: a stray line separator would break the message.
      case NON_ASCII ->
          Character.isLetterOrDigit(c)
              ? Fragment.NON_ASCII_LETTER_IN_NAME.format(c, Character.toString(c))
              : Fragment.NON_ASCII_IN_NAME.format(c);
      case SEPARATOR -> Fragment.SEPARATOR_IN_NAME.format(Character.toString(c));
    };
  }

  /** The separators as the message lists them: {@code ( ) < > ...}. */
  static String separatorsForMessage() {
    return String.join(" ", CookieNameToken.SEPARATORS.split(""));
  }
}
