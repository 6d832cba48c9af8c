package org.cookiecharter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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

  /** What a family's names start with: {@code _ga_} for {@code _ga_*}. */
  public static String prefix(String wildcard) {
    if (!isWildcard(wildcard)) {
      throw new IllegalArgumentException("not a wildcard: " + wildcard);
    }
    return wildcard.substring(0, wildcard.length() - 1);
  }

  /**
   * Declarations by declared name, found as the rule says: a name's own declaration first, else the
   * family with the longest prefix that covers it, the first added among families of one length.
   * The one lookup of the build's call check and the run time's registry.
   *
   * @param <T> what is declared under each name
   */
  public static final class Lookup<T> {
    private final Function<? super T, String> name;
    private final Map<String, T> exact = new HashMap<>();

    /** Families, longest prefix first. */
    private final List<T> families = new ArrayList<>();

    /** An empty lookup of values whose declared names {@code name} gives. */
    public Lookup(Function<? super T, String> name) {
      this.name = name;
    }

    /** Adds a declaration: a later one of the same name replaces an earlier. */
    public void add(T declared) {
      String declaredName = name.apply(declared);
      exact.put(declaredName, declared);
      if (isWildcard(declaredName)) {
        int at = 0;
        while (at < families.size()
            && name.apply(families.get(at)).length() >= declaredName.length()) {
          at++;
        }
        families.add(at, declared);
      }
    }

    /** The declaration of {@code cookieName}: its own, else the most specific family's. */
    public Optional<T> find(String cookieName) {
      return find(cookieName, declared -> true);
    }

    /**
     * The declaration of {@code cookieName} among those {@code among} accepts: its own, else the
     * most specific family's.
     */
    public Optional<T> find(String cookieName, Predicate<? super T> among) {
      T declared = exact.get(cookieName);
      if (declared != null && among.test(declared)) {
        return Optional.of(declared);
      }
      return findFamily(cookieName, among);
    }

    /**
     * The family that declares every name that starts with {@code prefix}, among those {@code
     * among} accepts: the most specific that covers {@code prefix} itself.
     */
    public Optional<T> findFamily(String prefix, Predicate<? super T> among) {
      for (T family : families) {
        if (among.test(family) && covers(name.apply(family), prefix)) {
          return Optional.of(family);
        }
      }
      return Optional.empty();
    }
  }
}
