package org.cookiecharter;

/**
 * The rule of wildcard names, in one place for the build and the run time: a declared name that
 * ends in {@code *} declares a family of cookies, every name that starts with what comes before the
 * {@code *}. {@code _ga_*} covers {@code _ga_G1XYZ}, and also {@code _ga_} itself.
 */
public final class WildcardNames {
  /** The last character of a name that declares a family. */
  public static final char WILDCARD = '*';

  private WildcardNames() {}

  /** Whether {@code declaredName} declares a family of names: it ends in {@code *}. */
  public static boolean isWildcard(String declaredName) {
    return !declaredName.isEmpty() && declaredName.charAt(declaredName.length() - 1) == WILDCARD;
  }

  /**
   * Whether a cookie called {@code cookieName} is the one that {@code declaredName} declares: the
   * same name, or for a wildcard, a name that starts with the wildcard's prefix.
   */
  public static boolean covers(String declaredName, String cookieName) {
    return isWildcard(declaredName)
        ? cookieName.startsWith(declaredName.substring(0, declaredName.length() - 1))
        : cookieName.equals(declaredName);
  }
}
