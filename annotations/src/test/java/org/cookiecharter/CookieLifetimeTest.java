package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookieLifetimeTest {
  private static final long DAY = 86_400;

  @Test
  void readsPeriodsDurationsAndSession() {
    assertEquals(Optional.of(Period.ofMonths(13)), CookieLifetime.parse("P13M").amount());
    assertEquals(Optional.of(Period.ofDays(14)), CookieLifetime.parse("P2W").amount());
    assertEquals(Optional.of(Duration.ofMinutes(30)), CookieLifetime.parse("PT30M").amount());
    assertEquals(Optional.of(Duration.ofHours(26)), CookieLifetime.parse("P1DT2H").amount());
    CookieLifetime session = CookieLifetime.parse("session");
    assertTrue(session.isSession());
    assertEquals(Optional.empty(), session.amount());
    assertEquals(Optional.empty(), session.estimatedLength());
    assertEquals("P2W", CookieLifetime.parse("P2W").toString(), "kept as declared");
  }

  @Test
  void estimatesMonthsAndYearsAsJavaTimeDoes() {
    // An average month of 30.436875 days, a year of 365.2425 days.
    assertEquals(
        Duration.ofSeconds(13 * 2_629_746L), CookieLifetime.parse("P13M").estimatedLength().get());
    assertEquals(
        Duration.ofSeconds(31_556_952L), CookieLifetime.parse("P1Y").estimatedLength().get());
    assertEquals(
        Duration.ofDays(14 + 365).plusSeconds(31_556_952L - 365 * DAY),
        CookieLifetime.parse("P1Y2W").estimatedLength().get());
  }

  @Test
  void allowsMaxAgesUpToItsEstimatedLength() {
    CookieLifetime year = CookieLifetime.parse("P1Y");
    assertTrue(year.allowsMaxAge(365 * DAY));
    assertTrue(year.allowsMaxAge(31_556_952L));
    assertFalse(year.allowsMaxAge(31_556_953L));
    CookieLifetime session = CookieLifetime.parse("session");
    assertFalse(session.allowsMaxAge(1));
    assertTrue(session.allowsMaxAge(0), "a deletion");
    assertTrue(session.allowsMaxAge(-1), "a session cookie");
  }

  @Test
  void theConsentExemptionLastsAtMostThirteenMonths() {
    assertTrue(CookieLifetime.parse("P13M").withinConsentExemptionLimit());
    assertTrue(CookieLifetime.parse("P1Y1M").withinConsentExemptionLimit());
    assertTrue(CookieLifetime.parse("P395D").withinConsentExemptionLimit());
    assertTrue(CookieLifetime.parse("session").withinConsentExemptionLimit());
    assertFalse(CookieLifetime.parse("P396D").withinConsentExemptionLimit());
    assertFalse(CookieLifetime.parse("P14M").withinConsentExemptionLimit());
    assertFalse(CookieLifetime.parse("P2Y").withinConsentExemptionLimit());
  }

  @Test
  void namesWhyATextIsNoLifetime() {
    assertEquals(Optional.of(CookieLifetime.Problem.NOT_ISO_8601), problem("13 months"));
    assertEquals(Optional.of(CookieLifetime.Problem.NOT_ISO_8601), problem("Session"));
    assertEquals(Optional.of(CookieLifetime.Problem.NOT_ISO_8601), problem(""));
    assertEquals(Optional.of(CookieLifetime.Problem.ZERO), problem("P0D"));
    assertEquals(Optional.of(CookieLifetime.Problem.ZERO), problem("PT0S"));
    assertEquals(Optional.of(CookieLifetime.Problem.NEGATIVE), problem("P-1M"));
    assertEquals(Optional.of(CookieLifetime.Problem.NEGATIVE), problem("P1M-1D"));
    assertEquals(Optional.of(CookieLifetime.Problem.NEGATIVE), problem("-PT1H"));
    assertEquals(Optional.of(CookieLifetime.Problem.FRACTION_OF_A_SECOND), problem("PT0.5S"));
    assertEquals(Optional.empty(), problem("P13M"));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> CookieLifetime.parse("P0D"));
    assertEquals("\"P0D\" is not a cookie lifetime (ZERO)", thrown.getMessage());
  }

  @Test
  void definitionsAskConsentUnlessNecessaryOrExempt() {
    Optional<CookieLifetime> months = Optional.of(CookieLifetime.parse("P13M"));
    assertFalse(definition(CookieCategory.NECESSARY, Optional.empty(), false).requiresConsent());
    assertTrue(definition(CookieCategory.STATISTICS, months, false).requiresConsent());
    assertFalse(definition(CookieCategory.STATISTICS, months, true).requiresConsent());
    assertTrue(definition(CookieCategory.FIRST_PARTY, months, false).requiresConsent());
    assertThrows(
        IllegalArgumentException.class, () -> definition(CookieCategory.THIRD_PARTY, months, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> definition(CookieCategory.STATISTICS, Optional.empty(), true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            definition(CookieCategory.STATISTICS, Optional.of(CookieLifetime.parse("P2Y")), true));
  }

  @Test
  void consentBannersAskAboutExemptStatisticsInACategoryOfTheirOwn() {
    Optional<CookieLifetime> months = Optional.of(CookieLifetime.parse("P13M"));
    assertEquals(
        "necessary", definition(CookieCategory.NECESSARY, months, false).consentCategory());
    assertEquals(
        "statistics", definition(CookieCategory.STATISTICS, months, false).consentCategory());
    assertEquals(
        "audience_measurement",
        definition(CookieCategory.STATISTICS, months, true).consentCategory());
    assertEquals(
        "first_party", definition(CookieCategory.FIRST_PARTY, months, false).consentCategory());
    assertEquals(
        "third_party", definition(CookieCategory.THIRD_PARTY, months, false).consentCategory());
  }

  private static Optional<CookieLifetime.Problem> problem(String text) {
    return CookieLifetime.problem(text);
  }

  private static CookieDefinition definition(
      CookieCategory category, Optional<CookieLifetime> lifetime, boolean exempt) {
    return new CookieDefinition("_pk_id", "P", "S", "U", category, lifetime, exempt);
  }
}
