package org.cookiecharter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CookieConsentReaderTest {
  /** What CookieConsent 3.1.0 wrote after "accept all" with the example portal's configuration. */
  private static final String ACCEPTED_ALL =
      "%7B%22categories%22%3A%5B%22necessary%22%2C%22statistics%22%5D%2C%22revision%22%3A0%2C"
          + "%22data%22%3Anull%2C%22consentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22%2C"
          + "%22consentId%22%3A%226ed66ddb-8806-434e-b625-dcdcf892660b%22%2C%22services%22%3A"
          + "%7B%22necessary%22%3A%5B%22cookie_charter_1%22%2C%22cookie_charter_2%22%2C"
          + "%22cookie_charter_3%22%2C%22cookie_charter_4%22%5D%2C%22statistics%22%3A%5B"
          + "%22cookie_charter_5%22%5D%7D%2C%22languageCode%22%3A%22fr%22%2C"
          + "%22lastConsentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22%2C"
          + "%22expirationTime%22%3A1811382967817%7D";

  @Test
  void readsTheCategoriesThatCookieConsentRecorded() {
    assertEquals(Set.of("necessary", "statistics"), CookieConsentReader.categories(ACCEPTED_ALL));
    assertEquals(
        Set.of("necessary"),
        CookieConsentReader.categories("{\"categories\":[\"necessary\",1,null]}"));
  }

  @Test
  void aValueThatIsNotCookieConsentsIsNoConsent() {
    for (String forged :
        List.of(
            "",
            "accept",
            "%",
            "%4",
            "%zz",
            "%FF%FE",
            "%7B%22categories%22%3A%22statistics%22%7D",
            "[\"statistics\"]",
            "{\"categories\":{\"statistics\":true}}",
            "%5B".repeat(10_000))) {
      assertEquals(Set.of(), CookieConsentReader.categories(forged), forged);
    }
  }
}
