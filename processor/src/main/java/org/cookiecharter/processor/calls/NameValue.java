package org.cookiecharter.processor.calls;

/** What the compiler knows of the cookie name an argument holds. */
sealed interface NameValue {
  /**
   * The whole name is a compile-time constant.
   *
   * @param fromDeclaration the argument is a {@code @DeclaredCookie} constant itself, maybe of a
   *     class on the class path: declared even if this compilation does not declare the name
   */
  record Known(String name, boolean fromDeclaration) implements NameValue {}

  /** The name starts with a constant, then is computed at run time: {@code "_ga_" + id}. */
  record Prefixed(String prefix) implements NameValue {}

  /** The name is computed at run time. */
  record Computed() implements NameValue {}
}
