package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.junit.jupiter.api.Test;

class ConsentStateTest {
  private static CookieDefinition declared(String name, CookieCategory category, boolean exempt) {
    return new CookieDefinition(
        name, "P", "S", "P", category, Optional.of(CookieLifetime.parse("P13M")), exempt);
  }

  @Test
  void aStatePerCategoryThatNeedsConsentInTheCategoriesOrder() {
    List<ConsentState> states =
        ConsentState.all(
            List.of(
                declared("yt", CookieCategory.THIRD_PARTY, false),
                declared("sessionid", CookieCategory.NECESSARY, false),
                declared("_pk_id.*", CookieCategory.STATISTICS, true),
                declared("_ga", CookieCategory.STATISTICS, false),
                declared("pref", CookieCategory.FIRST_PARTY, false)));

    assertEquals(
        List.of(
            "no-choice",
            "refuse-all",
            "accept-statistics",
            "accept-first_party",
            "accept-third_party",
            "accept-all"),
        states.stream().map(ConsentState::name).toList());
    assertEquals(Set.of("statistics", "first_party", "third_party"), states.get(5).accepted());
    // An exempt statistics cookie needs no consent: allowed in every state.
    assertEquals(true, states.get(1).allows(declared("_pk_id.*", CookieCategory.STATISTICS, true)));
    assertEquals(false, states.get(3).allows(declared("_ga", CookieCategory.STATISTICS, false)));
  }

  @Test
  void nothingToChooseWhenNothingNeedsConsent() {
    assertEquals(
        List.of("no-choice"),
        ConsentState.all(List.of(declared("sessionid", CookieCategory.NECESSARY, false))).stream()
            .map(ConsentState::name)
            .toList());
  }
}
