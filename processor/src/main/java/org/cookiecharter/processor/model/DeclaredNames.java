package org.cookiecharter.processor.model;

import java.util.Optional;
import org.cookiecharter.WildcardNames;

/**
 * The cookies the compilation declares, by name, for the call check: exact names, and families
 * declared with a final {@code *}, looked up as the registry does ({@link WildcardNames.Lookup}).
 */
public final class DeclaredNames {
  private final WildcardNames.Lookup<CookieDeclaration> lookup =
      new WildcardNames.Lookup<>(CookieDeclaration::name);

  /** Adds a declared cookie: a name, or a family if it is a wildcard. */
  public void add(CookieDeclaration declared) {
    lookup.add(declared);
  }

  /** Whether a cookie called {@code name} is declared, by name or by a family. */
  public boolean covers(String name) {
    return find(name).isPresent();
  }

  /**
   * The declaration of the cookie called {@code name}: its own, else the family with the longest
   * prefix that covers it.
   */
  public Optional<CookieDeclaration> find(String name) {
    return lookup.find(name);
  }

  /**
   * Whether every name that starts with {@code prefix} is declared by one family: whether a family
   * covers {@code prefix} itself.
   */
  public boolean coversFamily(String prefix) {
    return findFamily(prefix).isPresent();
  }

  /**
   * The family that declares every name that starts with {@code prefix}: the one with the longest
   * prefix that covers {@code prefix} itself.
   */
  public Optional<CookieDeclaration> findFamily(String prefix) {
    return lookup.findFamily(prefix, declared -> true);
  }
}
