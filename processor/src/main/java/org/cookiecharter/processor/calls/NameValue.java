package org.cookiecharter.processor.calls;

import org.jspecify.annotations.Nullable;

/** What the compiler knows of the cookie name an argument holds. */
sealed interface NameValue {
  /**
   * The name a text holds, with {@link NameEvaluator#COMPUTED} where it is computed at run time.
   */
  static NameValue of(String text) {
    int computed = text.indexOf(NameEvaluator.COMPUTED);
    if (computed < 0) {
      return new Known(text);
    }
    return computed == 0 ? new Computed() : new Prefixed(text.substring(0, computed));
  }

  /**
   * The whole name is a compile-time constant.
   *
   * @param declaration where the {@code @DeclaredCookie} constant that the argument is was
   *     declared, {@code com.example.Cookies.SESSION_ID}; null if the argument is not one
   */
  record Known(String name, @Nullable String declaration) implements NameValue {
    Known(String name) {
      this(name, null);
    }
  }

  /** The name starts with a constant, then is computed at run time: {@code "_ga_" + id}. */
  record Prefixed(String prefix) implements NameValue {}

  /** The name is computed at run time. */
  record Computed() implements NameValue {}
}
