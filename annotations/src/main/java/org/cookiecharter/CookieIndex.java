package org.cookiecharter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks declared cookies up by name. The generated {@code CookieRegistry} keeps one, built once from
 * its constants; applications normally call the registry's static methods instead.
 */
public final class CookieIndex {
  private final List<CookieDefinition> all;
  private final Map<String, CookieDefinition> byName;

  private CookieIndex(List<CookieDefinition> all, Map<String, CookieDefinition> byName) {
    this.all = all;
    this.byName = byName;
  }

  /**
   * Indexes {@code cookies}, keeping their order.
   *
   * @throws IllegalArgumentException if two cookies have the same name
   */
  public static CookieIndex of(List<CookieDefinition> cookies) {
    List<CookieDefinition> all = List.copyOf(cookies);
    Map<String, CookieDefinition> byName = new HashMap<>();
    for (CookieDefinition cookie : all) {
      if (byName.putIfAbsent(cookie.name(), cookie) != null) {
        throw new IllegalArgumentException("cookie \"" + cookie.name() + "\" is declared twice");
      }
    }
    return new CookieIndex(all, Map.copyOf(byName));
  }

  /** Every cookie, in the order given to {@link #of}; unmodifiable. */
  public List<CookieDefinition> all() {
    return all;
  }

  /** The cookie declared with this exact name, if any. */
  public Optional<CookieDefinition> find(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /** Whether a cookie with this exact name is declared. */
  public boolean isDeclared(String name) {
    return find(name).isPresent();
  }
}
