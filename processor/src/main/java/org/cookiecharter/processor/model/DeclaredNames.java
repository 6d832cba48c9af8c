package org.cookiecharter.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cookiecharter.WildcardNames;

/**
 * The cookie names the compilation declares, for the call check: exact names, and families declared
 * with a final {@code *} ({@link WildcardNames}).
 */
public final class DeclaredNames {
  private final Set<String> exact = new HashSet<>();
  private final List<String> wildcards = new ArrayList<>();

  /** Adds a declared name: a name, or a family if it is a wildcard. */
  public void add(String declared) {
    exact.add(declared);
    if (WildcardNames.isWildcard(declared)) {
      wildcards.add(declared);
    }
  }

  /** Whether a cookie called {@code name} is declared, by name or by a family. */
  public boolean covers(String name) {
    return exact.contains(name) || coversFamily(name);
  }

  /**
   * Whether every name that starts with {@code prefix} is declared by one family: whether a family
   * covers {@code prefix} itself.
   */
  public boolean coversFamily(String prefix) {
    for (String wildcard : wildcards) {
      if (WildcardNames.covers(wildcard, prefix)) {
        return true;
      }
    }
    return false;
  }
}
