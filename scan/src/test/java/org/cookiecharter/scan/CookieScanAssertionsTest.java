package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookieScanAssertionsTest {
  @Test
  void failsWithTheFindingsAsItsMessage() {
    Finding finding =
        new Finding(
            Finding.Kind.UNDECLARED,
            "_fbp",
            Optional.empty(),
            "no-choice",
            Optional.of("https://example.org/tag.js:3"),
            Optional.of(Party.FIRST),
            Optional.empty(),
            "cookie \"_fbp\" (example.org) is not declared, set in state no-choice");
    ScanReport failed =
        new ScanReport(List.of("https://example.org/"), List.of(), List.of(finding), List.of());

    AssertionError error =
        assertThrows(AssertionError.class, () -> CookieScanAssertions.assertNoFindings(failed));

    assertEquals(
        "the browser scan found 1 problem:\n"
            + "undeclared: cookie \"_fbp\" (example.org) is not declared, set in state no-choice,"
            + " set by https://example.org/tag.js:3 (first party)",
        error.getMessage());
    CookieScanAssertions.assertNoFindings(
        new ScanReport(List.of("https://example.org/"), List.of(), List.of(), List.of()));
    // What a site wrote cannot forge a line of the message.
    assertEquals("x\\u000aundeclared: fake", Checks.shown("x\nundeclared: fake"));
  }
}
