package org.cookiecharter.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cookie names this compilation declares, for the site check: exact names, and families
 * declared with a final {@code *} ({@code _ga_*} covers every name that starts with {@code _ga_}).
 */
public final class DeclaredNames {
  private final Set<String> exact = new HashSet<>();
  private final List<String> familyPrefixes = new ArrayList<>();

  /** Adds a declared name: a name, or a family if it ends in {@code *}. */
  public void add(String declared) {
    exact.add(declared);
    if (declared.endsWith("*")) {
      familyPrefixes.add(declared.substring(0, declared.length() - 1));
    }
  }

  /** Whether a cookie called {@code name} is declared, by name or by a family. */
  public boolean covers(String name) {
    return exact.contains(name) || coversFamily(name);
  }

  /** Whether every name that starts with {@code prefix} is declared by one family. */
  public boolean coversFamily(String prefix) {
    for (String family : familyPrefixes) {
      if (prefix.startsWith(family)) {
        return true;
      }
    }
    return false;
  }
}
