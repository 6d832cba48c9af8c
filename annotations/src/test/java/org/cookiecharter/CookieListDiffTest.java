package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.CookieListDiff.Attribute;
import org.junit.jupiter.api.Test;

/**
 * When visitors must be asked again: a cookie that needs consent added, or changed in substance.
 */
class CookieListDiffTest {
  private static final CookieDefinition SESSION =
      new CookieDefinition("sessionid", "Portal", "Auth", "Remember", CookieCategory.NECESSARY);
  private static final CookieDefinition VISITOR =
      new CookieDefinition(
          "_pk_id.*",
          "Matomo",
          "Audience",
          "Count visitors",
          CookieCategory.STATISTICS,
          Optional.of(CookieLifetime.parse("P13M")),
          false,
          Map.of());

  @Test
  void theSameListChangesNothing() {
    CookieListDiff diff =
        CookieListDiff.between(List.of(SESSION, VISITOR), List.of(VISITOR, SESSION));

    assertTrue(diff.isEmpty());
    assertFalse(diff.asksAgain());
  }

  @Test
  void aCookieThatNeedsConsentAddedAsksAgainOneThatNeedsNoneDoesNot() {
    assertTrue(CookieListDiff.between(List.of(SESSION), List.of(SESSION, VISITOR)).asksAgain());
    CookieListDiff necessary = CookieListDiff.between(List.of(VISITOR), List.of(SESSION, VISITOR));
    assertEquals(List.of(SESSION), necessary.added());
    assertFalse(necessary.asksAgain());
  }

  @Test
  void aRemovalKeepsTheChoice() {
    CookieListDiff diff = CookieListDiff.between(List.of(SESSION, VISITOR), List.of(SESSION));

    assertEquals(List.of(VISITOR), diff.removed());
    assertFalse(diff.asksAgain());
  }

  @Test
  void aWordingFixKeepsTheChoiceASubstantialChangeAsksAgain() {
    CookieDefinition reworded =
        new CookieDefinition(
            "_pk_id.*",
            "Matomo",
            "Audience (every page)",
            "Counts visitors",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            false,
            Map.of("en", new CookieTranslation("Audience", "Counts")));
    CookieListDiff wording = CookieListDiff.between(List.of(VISITOR), List.of(reworded));
    assertEquals(
        List.of(Attribute.SERVICE, Attribute.PURPOSE), wording.changed().get(0).attributes());
    assertFalse(wording.asksAgain());

    CookieDefinition longer =
        new CookieDefinition(
            "_pk_id.*",
            "Piwik PRO",
            "Audience",
            "Count visitors",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P2Y")),
            false,
            Map.of());
    CookieListDiff substance = CookieListDiff.between(List.of(VISITOR), List.of(longer));
    assertEquals(
        List.of(Attribute.PROVIDER, Attribute.DURATION), substance.changed().get(0).attributes());
    assertTrue(substance.asksAgain());
  }

  @Test
  void aCookieThatComesToNeedConsentAsksAgainOneThatStopsDoesNot() {
    CookieDefinition sessionTracked =
        new CookieDefinition("sessionid", "Portal", "Auth", "Remember", CookieCategory.FIRST_PARTY);
    assertTrue(CookieListDiff.between(List.of(SESSION), List.of(sessionTracked)).asksAgain());
    assertFalse(CookieListDiff.between(List.of(sessionTracked), List.of(SESSION)).asksAgain());
  }
}
