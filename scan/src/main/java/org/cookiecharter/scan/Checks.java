package org.cookiecharter.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.PrintableText;

/**
 * Holds what each state saw against the declarations. A state whose choice could not be made is
 * checked as one where nothing was accepted: never as consent.
 */
final class Checks {
  /**
   * What a cookie's expiry may exceed its declared duration by: a script that computes an {@code
   * Expires} date from its own clock, a moment before the scan reads it.
   */
  static final long SLACK_SECONDS = 60;

  private Checks() {}

  static List<Finding> findings(Declarations declarations, List<StateReport> states) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (StateReport report : states) {
      ConsentState state = report.state();
      if (!report.consent().driven()) {
        add(
            findings,
            new Finding(
                Finding.Kind.BANNER,
                report.consent().banner().orElse(""),
                Optional.empty(),
                state.name(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "state " + state.name() + ": " + report.consent().detail()));
        state = new ConsentState(state.name(), ConsentState.Choice.NO_CHOICE, Set.of());
      }
      for (SeenCookie cookie : report.cookies()) {
        check(findings, declarations, state, cookie);
      }
      for (SeenStorage key : report.storage()) {
        check(findings, declarations, state, key);
      }
    }
    return List.copyOf(findings.values());
  }

  private static void check(
      Map<String, Finding> findings,
      Declarations declarations,
      ConsentState state,
      SeenCookie cookie) {
    Optional<CookieDefinition> declaration = declarations.find(cookie.name());
    String what = "cookie \"" + shown(cookie.name()) + "\" (" + shown(cookie.domain()) + ")";
    if (declaration.isEmpty()) {
      add(
          findings,
          finding(
              Finding.Kind.UNDECLARED,
              cookie,
              state,
              declaration,
              what + " is not declared, set in state " + state.name()));
      return;
    }
    CookieDefinition declared = declaration.get();
    if (!state.allows(declared)) {
      add(
          findings,
          finding(
              Finding.Kind.BEFORE_CONSENT,
              cookie,
              state,
              declaration,
              what
                  + " needs consent to "
                  + declared.consentCategory()
                  + ", set in state "
                  + state.name()));
    }
    Optional<CookieLifetime> lifetime = declared.lifetime();
    if (lifetime.isPresent()
        && cookie.expires().isPresent()
        && !lifetime.get().allowsMaxAge(Math.max(0, cookie.expires().get() - SLACK_SECONDS))) {
      add(
          findings,
          finding(
              Finding.Kind.LIFETIME,
              cookie,
              state,
              declaration,
              what
                  + " lasts "
                  + cookie.expires().get()
                  + " seconds, declared "
                  + lifetime.get()
                  + ", in state "
                  + state.name()));
    }
  }

  private static void check(
      Map<String, Finding> findings,
      Declarations declarations,
      ConsentState state,
      SeenStorage key) {
    Optional<CookieDefinition> declaration = declarations.find(key.type(), key.key());
    String what =
        key.type().key() + "Storage key \"" + shown(key.key()) + "\" (" + shown(key.origin()) + ")";
    if (declaration.isEmpty()) {
      add(
          findings,
          finding(
              Finding.Kind.UNDECLARED,
              key,
              state,
              declaration,
              what + " is not declared, set in state " + state.name()));
    } else if (!state.allows(declaration.get())) {
      add(
          findings,
          finding(
              Finding.Kind.BEFORE_CONSENT,
              key,
              state,
              declaration,
              what
                  + " needs consent to "
                  + declaration.get().consentCategory()
                  + ", set in state "
                  + state.name()));
    }
  }

  private static Finding finding(
      Finding.Kind kind,
      SeenCookie cookie,
      ConsentState state,
      Optional<CookieDefinition> declaration,
      String detail) {
    return new Finding(
        kind,
        cookie.name(),
        Optional.empty(),
        state.name(),
        cookie.setBy(),
        Optional.of(cookie.party()),
        declaration.map(CookieDefinition::name),
        detail);
  }

  private static Finding finding(
      Finding.Kind kind,
      SeenStorage key,
      ConsentState state,
      Optional<CookieDefinition> declaration,
      String detail) {
    return new Finding(
        kind,
        key.key(),
        Optional.of(key.type()),
        state.name(),
        key.setBy(),
        Optional.of(key.party()),
        declaration.map(CookieDefinition::name),
        detail);
  }

  /** What the site wrote, as a finding's words may show it: no line or escape forged. */
  static String shown(String text) {
    return PrintableText.escaped(text, SHOWN);
  }

  /** Longer names and addresses are cut in the findings' words (the reports keep them whole). */
  private static final int SHOWN = 256;

  /** One finding per kind, name, storage and state: the first one seen says who set it. */
  private static void add(Map<String, Finding> findings, Finding finding) {
    String key =
        finding.kind()
            + "\u0000"
            + finding.name()
            + "\u0000"
            + finding.storage()
            + "\u0000"
            + finding.state();
    findings.putIfAbsent(key, finding);
  }

  /** Declared names that no state saw, cookie or storage key. */
  static List<String> neverSeen(Declarations declarations, List<StateReport> states) {
    List<String> unseen = new ArrayList<>();
    for (CookieDefinition declared : declarations.all()) {
      boolean seen =
          states.stream()
              .anyMatch(
                  state ->
                      state.cookies().stream()
                              .anyMatch(
                                  c -> declarations.find(c.name()).equals(Optional.of(declared)))
                          || state.storage().stream()
                              .anyMatch(
                                  s ->
                                      declarations
                                          .find(s.type(), s.key())
                                          .equals(Optional.of(declared))));
      if (!seen) {
        unseen.add(declared.name());
      }
    }
    return unseen;
  }
}
