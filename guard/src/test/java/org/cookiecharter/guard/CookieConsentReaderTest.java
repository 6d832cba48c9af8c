package org.cookiecharter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
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
    assertEquals(
        Set.of("necessary", "statistics"), CookieConsentReader.categories(ACCEPTED_ALL, 0));
    assertEquals(
        Set.of("necessary"),
        CookieConsentReader.categories(
            "{\"categories\":[\"necessary\",1,null],\"revision\":1796105575}", 1796105575));
  }

  /** A choice made before the cookie list changed in what consent is about is none. */
  @Test
  void aChoiceUnderAnotherRevisionIsNoChoice() {
    CookieConsentReader reader = new CookieConsentReader("cc_cookie", 1796105575);
    assertEquals(Set.of(), reader.acceptedCategories(ACCEPTED_ALL)); // revision 0
    for (String other :
        List.of(
            "{\"categories\":[\"statistics\"],\"revision\":1796105574}",
            "{\"categories\":[\"statistics\"]}",
            "{\"categories\":[\"statistics\"],\"revision\":\"1796105575\"}",
            "{\"categories\":[\"statistics\"],\"revision\":null}",
            "{\"categories\":[\"statistics\"],\"revision\":1796105575.5}")) {
      assertEquals(Set.of(), reader.acceptedCategories(other), other);
    }
    assertEquals(
        Set.of("statistics"),
        reader.acceptedCategories("{\"categories\":[\"statistics\"],\"revision\":1796105575}"));
    assertEquals(
        Set.of("statistics"),
        reader.acceptedCategories("{\"categories\":[\"statistics\"],\"revision\":1796105575.0}"));
  }

  /** Without a revision given, the reader takes the one of cookies.json on the class path. */
  @Test
  void theDefaultRevisionIsTheOneOfTheBuild() {
    int built =
        DeclaredCookies.fromClassPath(getClass().getClassLoader())
            .consent()
            .orElseThrow()
            .revision();

    assertEquals(built, new CookieConsentReader().revision());
    assertEquals(built, new CookieConsentReader("cookies_preferences").revision());
    assertEquals("cc_cookie", new CookieConsentReader().cookieName());
  }

  @Test
  void readsTheNamedCookieOfTheRequestEachTimeItChanges() {
    CookieConsentReader reader = new CookieConsentReader("cookies_preferences", 0);
    assertEquals(Set.of(), reader.acceptedCategories(request()));
    assertEquals(
        Set.of("necessary", "statistics"),
        reader.acceptedCategories(request(new Cookie("cookies_preferences", ACCEPTED_ALL))));
    assertEquals(
        Set.of(), reader.acceptedCategories(request(new Cookie("cc_cookie", ACCEPTED_ALL))));
    // More values than it remembers: each still read right.
    for (int i = 0; i < 3000; i++) {
      String category = "category" + i;
      assertEquals(
          Set.of(category),
          reader.acceptedCategories(
              request(
                  new Cookie(
                      "cookies_preferences",
                      "{\"categories\":[\"" + category + "\"],\"revision\":0}"))));
    }
    assertEquals(
        Set.of("necessary", "statistics"),
        reader.acceptedCategories(request(new Cookie("cookies_preferences", ACCEPTED_ALL))));
  }

  /** A request that sends these cookies, and answers nothing else. */
  private static HttpServletRequest request(Cookie... cookies) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCookies")) {
                return cookies.length == 0 ? null : cookies;
              }
              throw new UnsupportedOperationException(method.getName());
            });
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
      assertEquals(Set.of(), CookieConsentReader.categories(forged, 0), forged);
    }
  }
}
