package org.cookiecharter.guard;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the test class path's cookies.json, unless given declarations. */
class CookieCharterAssertionsTest {
  /** What the filter, in its default mode, logs as the test server sets "tracker". */
  private static final String TRACKER_SET_ANYWAY =
      "WARNING cookie-charter: cookie \"tracker\" set by GET /set is not declared: set anyway"
          + " (mode report)";

  /**
   * The filter in report mode lets the third-party cookie through whatever the consent: the
   * assertion tells whether the request's CookieConsent cookie, under the build's revision, allowed
   * it.
   */
  @Test
  void aCookieThatNeedsConsentPassesOnlyWithAChoiceOfTheCurrentRevision() throws Exception {
    List<java.util.Map.Entry<String, String>> cookies =
        List.of(
            entry("cookie", "VISITOR_INFO1_LIVE"),
            entry("cookie", "sessionid"),
            entry("delete", "_ga"));
    try (LogRecords log = LogRecords.of(CookieCharterFilter.class);
        TestServer server = TestServer.start(new CookieCharterFilter())) {
      HttpResponse<String> consented =
          server.get(
              cookies, CookieCharterFilterTest.consent("cc_cookie", "necessary", "third_party"));
      CookieCharterAssertions.assertConsented(consented);

      String where =
          "Set-Cookie of GET "
              + server.uri("/set?cookie=VISITOR_INFO1_LIVE&cookie=sessionid&delete=_ga");
      HttpResponse<String> before =
          server.get(
              cookies,
              CookieCharterFilterTest.consentUnder(
                  CookieCharterFilterTest.BUILT_REVISION - 1,
                  "cc_cookie",
                  "necessary",
                  "third_party"));
      AssertionError failed =
          assertThrows(AssertionError.class, () -> CookieCharterAssertions.assertConsented(before));
      assertEquals(
          "1 cookie is set before the visitor consented to its category (under the current"
              + " revision):\n  \"VISITOR_INFO1_LIVE\" (third_party) in "
              + where,
          failed.getMessage());
      HttpResponse<String> none = server.get(cookies);
      assertEquals(
          failed.getMessage(),
          assertThrows(AssertionError.class, () -> CookieCharterAssertions.assertConsented(none))
              .getMessage());
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"VISITOR_INFO1_LIVE\" set by GET /set is set before"
                  + " the visitor consented to third_party (mode block drops it)"),
          log.lines());
    }
  }

  @Test
  void aResponsesSetCookieHeaders() throws Exception {
    try (LogRecords log = LogRecords.of(CookieCharterFilter.class);
        TestServer server = TestServer.start(new CookieCharterFilter())) {
      HttpResponse<String> response =
          server.get(
              List.of(
                  entry("cookie", "csrftoken"),
                  entry("cookie", "tracker"),
                  entry("delete", "old"),
                  entry("cookie", "_pk_id.1")));

      AssertionError failed =
          assertThrows(
              AssertionError.class, () -> CookieCharterAssertions.assertDeclared(response));
      assertEquals(
          "1 cookie is set but not declared:\n  \"tracker\" in Set-Cookie of GET "
              + server.uri("/set?cookie=csrftoken&cookie=tracker&delete=old&cookie=_pk_id.1"),
          failed.getMessage());

      HttpResponse<String> declared = server.get(List.of(entry("cookie", "csrftoken")));
      CookieCharterAssertions.assertDeclared(declared);
      assertEquals(List.of(TRACKER_SET_ANYWAY), log.lines());
    }
  }

  @Test
  void theRedirectsBeforeTheResponseToo() throws Exception {
    try (LogRecords log = LogRecords.of(CookieCharterFilter.class);
        TestServer server = TestServer.start(new CookieCharterFilter())) {
      HttpClient following =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<String> response =
          following.send(
              HttpRequest.newBuilder(
                      server.uri("/set?cookie=tracker&redirect=%2Fset%3Fcookie%3Dcsrftoken"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(List.of("csrftoken"), TestServer.names(response));
      AssertionError failed =
          assertThrows(
              AssertionError.class, () -> CookieCharterAssertions.assertDeclared(response));
      assertEquals(
          "1 cookie is set but not declared:\n  \"tracker\" in Set-Cookie of GET "
              + server.uri("/set?cookie=tracker&redirect=%2Fset%3Fcookie%3Dcsrftoken"),
          failed.getMessage());
      assertEquals(List.of(TRACKER_SET_ANYWAY), log.lines());
    }
  }

  @Test
  void setCookieValues() {
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () ->
                CookieCharterAssertions.assertDeclared(
                    List.of("csrftoken=1", "a b=1", "old=; Max-Age=0", "tracker=1; Path=/")));
    assertEquals(
        "2 cookies are set but not declared:\n"
            + "  \"a b\" (not a valid cookie name) in Set-Cookie value 2 of 4\n"
            + "  \"tracker\" in Set-Cookie value 4 of 4",
        failed.getMessage());
    CookieCharterAssertions.assertDeclared(List.of("sessionid=1", "_pk_ses.2=x"));
  }

  @Test
  void servletCookies() {
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () ->
                CookieCharterAssertions.assertDeclared(
                    new Cookie("csrftoken", "1"), new Cookie("tracker", "1")));
    assertEquals(
        "1 cookie is set but not declared:\n  \"tracker\" in Cookie 2 of 2", failed.getMessage());
  }

  @Test
  void givenDeclarations() {
    DeclaredCookies none = DeclaredCookies.of(List.of());
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () -> CookieCharterAssertions.assertDeclared(none, List.of("csrftoken=1")));
    assertEquals(
        "1 cookie is set but not declared:\n  \"csrftoken\" in Set-Cookie value 1 of 1",
        failed.getMessage());
    CookieCharterAssertions.assertDeclared(none, new Cookie[0]);
  }
}
