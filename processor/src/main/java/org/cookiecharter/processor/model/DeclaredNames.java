package org.cookiecharter.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.WildcardNames;

/**
 * The cookies the compilation declares, by name, for the call check: exact names, and families
 * declared with a final {@code *} ({@link WildcardNames}).
 */
public final class DeclaredNames {
  private final Map<String, CookieDeclaration> exact = new HashMap<>();

  /** Families, longest prefix first, as the registry looks them up. */
  private final List<CookieDeclaration> wildcards = new ArrayList<>();

  /** Adds a declared cookie: a name, or a family if it is a wildcard. */
  public void add(CookieDeclaration declared) {
    exact.put(declared.name(), declared);
    if (WildcardNames.isWildcard(declared.name())) {
      wildcards.add(declared);
      wildcards.sort(
          Comparator.comparingInt((CookieDeclaration c) -> c.name().length()).reversed());
    }
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
    CookieDeclaration declared = exact.get(name);
    if (declared != null) {
      return Optional.of(declared);
    }
    return findFamily(name);
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
    for (CookieDeclaration wildcard : wildcards) {
      if (WildcardNames.covers(wildcard.name(), prefix)) {
        return Optional.of(wildcard);
      }
    }
    return Optional.empty();
  }
}
