package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookieIndexTest {
  private static final CookieDefinition SESSION =
      new CookieDefinition(
          "sessionid", "Opendatasoft", "Auth", "Remember", CookieCategory.NECESSARY);
  private static final CookieDefinition TRACKER =
      new CookieDefinition("_tracker", "Ads Inc", "Ads", "Follow", CookieCategory.THIRD_PARTY);

  @Test
  void keepsOrderAndFindsByExactName() {
    CookieIndex index = CookieIndex.of(List.of(TRACKER, SESSION));

    assertEquals(List.of(TRACKER, SESSION), index.all());
    assertEquals(Optional.of(SESSION), index.find("sessionid"));
    assertTrue(index.isDeclared("_tracker"));
    assertFalse(index.isDeclared("SESSIONID"), "cookie names are case-sensitive");
    assertEquals(Optional.empty(), index.find("unknown"));
  }

  @Test
  void isImmutableAndIndependentOfItsInput() {
    List<CookieDefinition> input = new ArrayList<>(List.of(SESSION));
    CookieIndex index = CookieIndex.of(input);
    input.add(TRACKER);

    assertEquals(List.of(SESSION), index.all());
    assertThrows(UnsupportedOperationException.class, () -> index.all().add(TRACKER));
  }

  @Test
  void rejectsDuplicateNamesAndNullLookups() {
    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class, () -> CookieIndex.of(List.of(SESSION, SESSION)));
    assertEquals("cookie \"sessionid\" is declared twice", duplicate.getMessage());
    assertThrows(NullPointerException.class, () -> CookieIndex.of(List.of()).find(null));
  }

  @Test
  void onlyNecessaryCookiesAreExemptFromConsent() {
    assertFalse(SESSION.requiresConsent());
    assertTrue(TRACKER.requiresConsent());
    assertTrue(CookieCategory.STATISTICS.requiresConsent());
    assertTrue(CookieCategory.FIRST_PARTY.requiresConsent());
  }

  @Test
  void wildcardDeclaresEveryNameWithItsPrefixAndExactNamesWin() {
    CookieDefinition analytics =
        new CookieDefinition("_ga*", "Google", "Analytics", "Count", CookieCategory.STATISTICS);
    CookieDefinition container =
        new CookieDefinition("_ga_*", "Google", "Analytics", "Session", CookieCategory.STATISTICS);
    CookieDefinition exact =
        new CookieDefinition("_ga_X", "Google", "Analytics", "One", CookieCategory.STATISTICS);
    CookieIndex index = CookieIndex.of(List.of(analytics, container, exact, SESSION));

    assertEquals(Optional.of(container), index.find("_ga_ABC123"), "the longest prefix wins");
    assertEquals(Optional.of(exact), index.find("_ga_X"), "an exact declaration wins");
    assertEquals(Optional.of(analytics), index.find("_gat"));
    assertEquals(Optional.of(analytics), index.find("_ga"));
    assertEquals(Optional.of(container), index.find("_ga_*"));
    assertFalse(index.isDeclared("_g"));
    assertFalse(index.isDeclared("x_ga_1"));
    assertTrue(container.isWildcard());
    assertFalse(exact.isWildcard());
    assertTrue(container.matches("_ga_"));
    assertFalse(exact.matches("_ga_XY"));
  }

  @Test
  void writtenCookiesReadBackExactlyAndInOrder() throws Exception {
    CookieDefinition odd =
        new CookieDefinition(
            "_odd",
            "quote \" backslash \\ tab \t line\r\nbreak \u2028",
            "lone \uD800 surrogate, emoji \uD83D\uDE00, nul \u0000",
            "x".repeat(70_000),
            CookieCategory.FIRST_PARTY);
    CookieDefinition measured =
        new CookieDefinition(
            "_pk_id",
            "Matomo",
            "Audience",
            "Count",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            true);
    CookieDefinition stored =
        new CookieDefinition(
            "player_*",
            "Video",
            "Player",
            "Volume",
            CookieCategory.THIRD_PARTY,
            Optional.empty(),
            false,
            Map.of("en", new CookieTranslation("Player", "Volume")),
            CookieStorage.SESSION_STORAGE);
    CookieIndex index = CookieIndex.of(List.of(TRACKER, odd, measured, SESSION, stored));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.write(out);

    CookieIndex read = CookieIndex.read(new ByteArrayInputStream(out.toByteArray()), "test");

    assertEquals(List.of(TRACKER, odd, measured, SESSION, stored), read.all());
    assertEquals(Optional.of(stored), read.find(CookieStorage.SESSION_STORAGE, "player_volume"));
    assertEquals(Optional.empty(), read.find("player_volume"));
    assertEquals(Optional.empty(), read.find(CookieStorage.LOCAL_STORAGE, "player_volume"));
    assertEquals(Optional.of(CookieLifetime.parse("P13M")), read.all().get(2).lifetime());
    assertEquals(Optional.of(odd), read.find("_odd"));
  }

  @Test
  void readsTheFirstVersionWrittenBeforeLifetimes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
    out.writeInt(0xC00C1E01);
    out.writeInt(1);
    for (String value : List.of("sessionid", "Opendatasoft", "Auth", "Remember", "NECESSARY")) {
      out.writeInt(value.length());
      out.writeChars(value);
    }

    CookieIndex read = CookieIndex.read(new ByteArrayInputStream(bytes.toByteArray()), "v1");

    assertEquals(List.of(SESSION), read.all());
  }

  @Test
  void missingOrDamagedFileIsAClearError() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class, () -> CookieIndex.read(null, "a/CookieRegistry.cookies"));
    assertEquals(
        "a/CookieRegistry.cookies is not on the class path: the jar lost the file that"
            + " cookie-charter wrote next to the registry's class",
        missing.getMessage());
    IllegalStateException foreign =
        assertThrows(
            IllegalStateException.class,
            () -> CookieIndex.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), "x"));
    assertEquals("x was not written by cookie-charter", foreign.getMessage());
    IllegalStateException truncated =
        assertThrows(
            IllegalStateException.class,
            () ->
                CookieIndex.read(
                    new ByteArrayInputStream(
                        new byte[] {(byte) 0xC0, 0x0C, 0x1E, 0x02, 0, 0, 0, 1}),
                    "y"));
    assertTrue(
        truncated.getMessage().startsWith("cannot read y: java.io.EOFException"),
        truncated.getMessage());
  }

  @Test
  void definitionRejectsMissingFields() {
    NullPointerException missing =
        assertThrows(
            NullPointerException.class,
            () -> new CookieDefinition("a", "b", "c", null, CookieCategory.NECESSARY));
    assertEquals("purpose", missing.getMessage());
  }
}
