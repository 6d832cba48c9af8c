package org.cookiecharter.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cookiecharter.CookieDefinition;

/**
 * One consent state that the scan lives through, as a visitor does, in a fresh browser context.
 *
 * @param name {@code no-choice}, {@code refuse-all}, {@code accept-<key>} or {@code accept-all}
 * @param choice what the visitor does in the banner
 * @param accepted the consent categories accepted ({@link CookieDefinition#consentCategory()})
 */
public record ConsentState(String name, Choice choice, Set<String> accepted) {
  public ConsentState {
    accepted = Set.copyOf(accepted);
  }

  /** What the visitor does in the banner. */
  public enum Choice {
    /** First visit: nothing clicked. */
    NO_CHOICE,
    /** Refuses every category that needs consent. */
    REFUSE_ALL,
    /** Accepts the categories of {@link ConsentState#accepted()} alone. */
    ACCEPT_SOME,
    /** Accepts every category. */
    ACCEPT_ALL
  }

  /** Whether a cookie of {@code declaration} may be set in this state. */
  public boolean allows(CookieDefinition declaration) {
    return !declaration.requiresConsent() || accepted.contains(declaration.consentCategory());
  }

  /**
   * The states of a site with these declarations: {@code no-choice}, {@code refuse-all}, {@code
   * accept-<key>} for each category that needs consent (in the order of {@link
   * org.cookiecharter.CookieCategory}), and {@code accept-all}; {@code no-choice} alone when no
   * declaration needs consent.
   */
  public static List<ConsentState> all(Collection<CookieDefinition> declarations) {
    TreeMap<String, CookieDefinition> byCategory = new TreeMap<>();
    for (CookieDefinition declaration : declarations) {
      if (declaration.requiresConsent()) {
        byCategory.putIfAbsent(declaration.consentCategory(), declaration);
      }
    }
    List<String> keys = new ArrayList<>(byCategory.keySet());
    keys.sort(
        Comparator.comparing((String key) -> Objects.requireNonNull(byCategory.get(key)).category())
            .thenComparing(Comparator.naturalOrder()));
    List<ConsentState> states = new ArrayList<>();
    states.add(new ConsentState("no-choice", Choice.NO_CHOICE, Set.of()));
    if (keys.isEmpty()) {
      return List.copyOf(states); // nothing needs consent: there is no choice to make
    }
    states.add(new ConsentState("refuse-all", Choice.REFUSE_ALL, Set.of()));
    for (String key : keys) {
      states.add(new ConsentState("accept-" + key, Choice.ACCEPT_SOME, Set.of(key)));
    }
    states.add(new ConsentState("accept-all", Choice.ACCEPT_ALL, Set.copyOf(keys)));
    return List.copyOf(states);
  }
}
