package org.cookiecharter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks declared cookies up by name. The generated {@code CookieRegistry} keeps one, built once from
 * its constants; applications normally call the registry's static methods instead.
 *
 * <p>A name is found by its exact declaration first, else by the wildcard declaration ({@code
 * _ga_*}) with the longest prefix that the name starts with.
 */
public final class CookieIndex {
  private final List<CookieDefinition> all;
  private final Map<String, CookieDefinition> byName;
  /** Wildcard declarations, longest prefix first. */
  private final List<CookieDefinition> wildcards;

  private CookieIndex(
      List<CookieDefinition> all,
      Map<String, CookieDefinition> byName,
      List<CookieDefinition> wildcards) {
    this.all = all;
    this.byName = byName;
    this.wildcards = wildcards;
  }

  /**
   * Indexes {@code cookies}, keeping their order.
   *
   * @throws IllegalArgumentException if two cookies have the same name
   */
  public static CookieIndex of(List<CookieDefinition> cookies) {
    List<CookieDefinition> all = List.copyOf(cookies);
    Map<String, CookieDefinition> byName = new HashMap<>();
    List<CookieDefinition> wildcards = new ArrayList<>();
    for (CookieDefinition cookie : all) {
      if (byName.putIfAbsent(cookie.name(), cookie) != null) {
        throw new IllegalArgumentException("cookie \"" + cookie.name() + "\" is declared twice");
      }
      if (cookie.isWildcard()) {
        wildcards.add(cookie);
      }
    }
    wildcards.sort(Comparator.comparingInt((CookieDefinition c) -> c.name().length()).reversed());
    return new CookieIndex(all, Map.copyOf(byName), List.copyOf(wildcards));
  }

  /**
   * Indexes cookies given as rows of five cells (name, provider, service, purpose, and the name of
   * the category), in order. Generated registries use this form: javac compiles a table of string
   * constants much faster than as many constructor calls.
   *
   * @throws IllegalArgumentException if a table is not made of whole rows, a category is unknown,
   *     or two cookies have the same name
   */
  public static CookieIndex ofRows(String[]... tables) {
    List<CookieDefinition> cookies = new ArrayList<>();
    for (String[] table : tables) {
      if (table.length % 5 != 0) {
        throw new IllegalArgumentException("rows have five cells, but a table has " + table.length);
      }
      for (int i = 0; i < table.length; i += 5) {
        cookies.add(
            new CookieDefinition(
                table[i], table[i + 1], table[i + 2], table[i + 3], CookieCategory.valueOf(table[i + 4])));
      }
    }
    return of(cookies);
  }

  /** Every cookie, in the order given to {@link #of}; unmodifiable. */
  public List<CookieDefinition> all() {
    return all;
  }

  /**
   * The declaration of the cookie called {@code name}: its exact declaration, else the most specific
   * wildcard that covers it.
   */
  public Optional<CookieDefinition> find(String name) {
    Objects.requireNonNull(name, "name");
    CookieDefinition exact = byName.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (CookieDefinition wildcard : wildcards) {
      if (wildcard.matches(name)) {
        return Optional.of(wildcard);
      }
    }
    return Optional.empty();
  }

  /** Whether the cookie called {@code name} is declared, exactly or by a wildcard. */
  public boolean isDeclared(String name) {
    return find(name).isPresent();
  }
}
