package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the consent fingerprints are computed from, and what they never read. */
class ConsentFingerprintsTest {
  private static final CookieDefinition SESSION =
      new CookieDefinition("sessionid", "Portal", "Auth", "Remember", CookieCategory.NECESSARY);
  private static final CookieDefinition EXEMPT_VISITOR =
      statistics("_pk_id.*", "Matomo", "P13M", true);
  private static final CookieDefinition TRACKER = statistics("_ga", "Google", "P13M", false);
  private static final CookieDefinition VIDEO =
      new CookieDefinition("yt_pref", "YouTube", "Videos", "Prefs", CookieCategory.THIRD_PARTY);

  private static CookieDefinition statistics(
      String name, String provider, String duration, boolean exempt) {
    return new CookieDefinition(
        name,
        provider,
        "Audience",
        "Count visitors",
        CookieCategory.STATISTICS,
        Optional.of(CookieLifetime.parse(duration)),
        exempt,
        Map.of());
  }

  private static ConsentFingerprints of(CookieDefinition... cookies) {
    return ConsentFingerprints.of(List.of(cookies), 0);
  }

  @Test
  void onlyTheCategoriesWhoseCookiesNeedConsentHaveOne() {
    ConsentFingerprints fingerprints = of(SESSION, EXEMPT_VISITOR, TRACKER, VIDEO);

    assertEquals(
        List.of("statistics", "third_party"), List.copyOf(fingerprints.byCategory().keySet()));
    assertEquals(Optional.empty(), fingerprints.of("necessary"));
    assertEquals(Optional.empty(), fingerprints.of("audience_measurement"));
  }

  /**
   * The values are part of the contract: banners compare them across releases and JDKs. These were
   * computed apart from this class (Python's hashlib over the same bytes).
   */
  @Test
  void theValuesAreFixedForGivenDeclarations() {
    ConsentFingerprints fingerprints = of(SESSION, TRACKER, VIDEO);

    SortedMap<String, String> expected = new TreeMap<>();
    expected.put("statistics", "02a5e05a62a6c680");
    expected.put("third_party", "3fb83b7f3ca46146");
    assertEquals(expected, fingerprints.byCategory());
    assertEquals(893224296, fingerprints.revision());
  }

  @Test
  void neitherWordingNorOrderNorNecessaryCookiesChangeThem() {
    CookieDefinition reworded =
        new CookieDefinition(
            "_ga",
            "Google",
            "Audience (every page)",
            "Counts visitors, fixed typo",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            false,
            Map.of("en", new CookieTranslation("Audience", "Counts visitors")));
    ConsentFingerprints before = of(SESSION, TRACKER, VIDEO);

    assertEquals(before, of(VIDEO, reworded));
    assertEquals(before.revision(), of(reworded, VIDEO, SESSION, EXEMPT_VISITOR).revision());
  }

  @Test
  void eachAttributeThatConsentIsAboutChangesItsCategoryOnly() {
    ConsentFingerprints before = of(TRACKER, VIDEO);
    List<CookieDefinition> changes = new ArrayList<>();
    changes.add(statistics("_gid", "Google", "P13M", false)); // name
    changes.add(statistics("_ga", "Google LLC", "P13M", false)); // provider
    changes.add(statistics("_ga", "Google", "P1Y", false)); // duration
    changes.add(
        new CookieDefinition(
            "_ga",
            "Google",
            "Audience",
            "Count visitors",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            false,
            Map.of(),
            CookieStorage.LOCAL_STORAGE)); // storage
    for (CookieDefinition changed : changes) {
      ConsentFingerprints after = of(changed, VIDEO);
      assertEquals(List.of("statistics"), before.changedCategories(after), changed.toString());
      assertEquals(before.of("third_party"), after.of("third_party"));
      assertNotEquals(before.revision(), after.revision());
    }
    // Category and exemption move the cookie: both categories change.
    CookieDefinition firstParty =
        new CookieDefinition("_ga", "Google", "Audience", "Count", CookieCategory.FIRST_PARTY);
    assertEquals(
        List.of("first_party", "statistics"), before.changedCategories(of(firstParty, VIDEO)));
    assertEquals(
        List.of("statistics"),
        before.changedCategories(of(statistics("_ga", "Google", "P13M", true), VIDEO)));
  }

  @Test
  void anAddedStatisticsCookieChangesStatisticsOnly() {
    ConsentFingerprints before = of(SESSION, TRACKER, VIDEO);
    ConsentFingerprints after =
        of(SESSION, TRACKER, VIDEO, statistics("_gid", "Google", "P1D", false));

    assertEquals(List.of("statistics"), before.changedCategories(after));
  }

  @Test
  void thePurposeEditionChangesEveryCategoryThatNeedsConsent() {
    List<CookieDefinition> cookies = List.of(SESSION, TRACKER, VIDEO);
    ConsentFingerprints first = ConsentFingerprints.of(cookies, 0);
    ConsentFingerprints second = ConsentFingerprints.of(cookies, 1);

    assertEquals(List.of("statistics", "third_party"), first.changedCategories(second));
    assertNotEquals(first.revision(), second.revision());
    assertEquals(1, second.purposeEdition());
    assertThrows(IllegalArgumentException.class, () -> ConsentFingerprints.of(cookies, -1));
  }
}
