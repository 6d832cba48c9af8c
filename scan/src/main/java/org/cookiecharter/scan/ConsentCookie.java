package org.cookiecharter.scan;

import java.util.Objects;

/**
 * The cookie that a banner the scan does not drive would store for a state: given before the
 * state's first visit, as if the visitor had chosen.
 *
 * @param state the state's name ({@code accept-all})
 * @param name the cookie's name
 * @param value its value
 */
public record ConsentCookie(String state, String name, String value) {
  public ConsentCookie {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Reads {@code STATE=NAME=VALUE}: the value is everything after the second {@code =}.
   *
   * @throws IllegalArgumentException if a part is missing
   */
  public static ConsentCookie parse(String text) {
    int first = text.indexOf('=');
    int second = first < 0 ? -1 : text.indexOf('=', first + 1);
    if (first <= 0 || second <= first + 1 || second == text.length() - 1) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not STATE=NAME=VALUE (for example accept-all=consent=yes)");
    }
    return new ConsentCookie(
        text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1));
  }
}
