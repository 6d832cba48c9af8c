package org.cookiecharter.processor.calls;

/** What the compiler knows of the cookie name an argument holds. */
sealed interface NameValue {
  /**
   * The whole name is a compile-time constant.
   *
   * @param declaration where the {@code @DeclaredCookie} constant that the argument is was
   *     declared, {@code com.example.Cookies.SESSION_ID}; null if the argument is not one
   */
  record Known(String name, String declaration) implements NameValue {
    Known(String name) {
      this(name, null);
    }
  }

  /** The name starts with a constant, then is computed at run time: {@code "_ga_" + id}. */
  record Prefixed(String prefix) implements NameValue {}

  /** The name is computed at run time. */
  record Computed() implements NameValue {}
}
