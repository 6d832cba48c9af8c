package org.cookiecharter.guard;

import static java.util.Map.entry;
import static org.cookiecharter.guard.TestServer.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cookiecharter.guard.CookieCharterFilter.Mode;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter in front of a servlet on an embedded Jetty, over real HTTP, with the declarations of
 * the test class path's cookies.json (written by the processor: necessary cookies, exempt Matomo
 * families, a third-party YouTube cookie).
 */
class CookieCharterFilterTest {
  private LogRecords log;

  @BeforeEach
  void listen() {
    log = LogRecords.of(CookieCharterFilter.class);
  }

  @AfterEach
  void stopListening() {
    log.close();
  }

  @Test
  void reportModeLetsUndeclaredAndUnconsentedCookiesThroughAndLogsEachNameOnce() throws Exception {
    try (TestServer server = TestServer.start(new CookieCharterFilter())) {
      List<Map.Entry<String, String>> cookies =
          List.of(
              entry("cookie", "tracker"),
              entry("cookie", "csrftoken"),
              entry("cookie", "VISITOR_INFO1_LIVE"));
      assertEquals(
          List.of("tracker", "csrftoken", "VISITOR_INFO1_LIVE"), names(server.get(cookies)));
      assertEquals(
          List.of("tracker", "csrftoken", "VISITOR_INFO1_LIVE"), names(server.get(cookies)));

      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"tracker\" set by GET /set is not declared: set"
                  + " anyway (mode report)",
              "WARNING cookie-charter: cookie \"VISITOR_INFO1_LIVE\" set by GET /set is set before"
                  + " the visitor consented to third_party (mode block drops it)"),
          log.lines());
    }
  }

  @Test
  void blockModeDropsAnUndeclaredCookieHoweverItIsSet() throws Exception {
    try (TestServer server = block(Map.of())) {
      HttpResponse<String> response =
          server.get(
              List.of(
                  entry("cookie", "tracker1"),
                  entry("header", "tracker2=1; Path=/"),
                  entry("lowercase", "tracker3=1"),
                  entry("replace", "tracker4=1"),
                  entry("cookie", "csrftoken"),
                  entry("header", "sessionid=abc; HttpOnly"),
                  entry("lowercase", "_pk_id.1.1fff=x"),
                  entry("header", "django_language=fr")));

      assertEquals(204, response.statusCode());
      assertEquals(
          List.of("csrftoken", "sessionid", "_pk_id.1.1fff", "django_language"), names(response));
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"tracker1\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"tracker2\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"tracker3\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"tracker4\" set by GET /set is not declared:"
                  + " dropped"),
          log.lines());
    }
  }

  @Test
  void aCookieThatNeedsConsentIsDroppedUntilTheVisitorConsentedToItsCategory() throws Exception {
    List<Map.Entry<String, String>> cookies =
        List.of(
            entry("cookie", "VISITOR_INFO1_LIVE"),
            entry("cookie", "_pk_ses.1.1fff"),
            entry("cookie", "sessionid"));
    try (TestServer server =
        block(Map.of("consent-reader", "cookieconsent", "consent-cookie", "cookies_preferences"))) {
      assertEquals(List.of("_pk_ses.1.1fff", "sessionid"), names(server.get(cookies)));
      assertEquals(
          List.of("_pk_ses.1.1fff", "sessionid"),
          names(server.get(cookies, consent("cookies_preferences", "necessary"))));
      assertEquals(
          List.of("VISITOR_INFO1_LIVE", "_pk_ses.1.1fff", "sessionid"),
          names(server.get(cookies, consent("cookies_preferences", "necessary", "third_party"))));
      assertEquals(
          List.of("_pk_ses.1.1fff", "sessionid"),
          names(server.get(cookies, consent("cc_cookie", "necessary", "third_party"))),
          "another cookie's consent");
      assertEquals(
          List.of("_pk_ses.1.1fff", "sessionid"),
          names(
              server.get(
                  cookies,
                  consentUnder(
                      BUILT_REVISION - 1, "cookies_preferences", "necessary", "third_party"))),
          "a choice made before the cookie list changed");
      assertEquals(
          List.of(
              "FINE cookie-charter: cookie \"VISITOR_INFO1_LIVE\" dropped from GET /set until the"
                  + " visitor consents to third_party",
              "FINE cookie-charter: cookie \"VISITOR_INFO1_LIVE\" dropped from GET /set until the"
                  + " visitor consents to third_party",
              "FINE cookie-charter: cookie \"VISITOR_INFO1_LIVE\" dropped from GET /set until the"
                  + " visitor consents to third_party",
              "FINE cookie-charter: cookie \"VISITOR_INFO1_LIVE\" dropped from GET /set until the"
                  + " visitor consents to third_party"),
          log.lines());
    }
  }

  @Test
  void withoutAConsentReaderNoCookieThatNeedsConsentIsEverSet() throws Exception {
    try (TestServer server = block(Map.of())) {
      assertEquals(
          List.of("_pk_id.7"),
          names(
              server.get(
                  List.of(entry("cookie", "VISITOR_INFO1_LIVE"), entry("cookie", "_pk_id.7")),
                  consent("cc_cookie", "necessary", "third_party"))));
    }
  }

  @Test
  void aDeletionAlwaysPasses() throws Exception {
    try (TestServer server = block(Map.of())) {
      HttpResponse<String> response =
          server.get(
              List.of(
                  entry("delete", "tracker"),
                  entry("header", "old=; Max-Age=0; Path=/"),
                  entry("header", "VISITOR_INFO1_LIVE=; Expires=Thu, 01-Jan-1970 00:00:00 GMT"),
                  entry("header", "kept=1; Max-Age=0; Max-Age=60"),
                  entry("header", "future=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT")));

      assertEquals(List.of("tracker", "old", "VISITOR_INFO1_LIVE"), names(response));
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"kept\" set by GET /set is not declared: dropped",
              "WARNING cookie-charter: cookie \"future\" set by GET /set is not declared: dropped"),
          log.lines());
    }
  }

  @Test
  void malformedValuesNeverFailTheResponseAndCountAsUndeclared() throws Exception {
    try (TestServer server = block(Map.of())) {
      HttpResponse<String> response =
          server.get(
              List.of(
                  entry("header", "csrftoken"),
                  entry("header", "=csrftoken"),
                  entry("header", ""),
                  entry("header", ";;;="),
                  entry("header", "csrf token=1"),
                  entry("header", "csrftoken\u0000=1"),
                  entry("header", "\"csrftoken\"=1"),
                  entry("header", "_pk_id.(x)=1"),
                  entry("long", "100000"),
                  entry("int", ""),
                  entry("date", ""),
                  entry("cookie", "csrftoken")));

      assertEquals(204, response.statusCode());
      assertEquals(List.of("csrftoken"), names(response));
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"csrftoken\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"\" set by GET /set is not declared: dropped",
              "WARNING cookie-charter: cookie \"csrf token\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"csrftoken\\u0000\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"\\u0022csrftoken\\u0022\" set by GET /set is not"
                  + " declared: dropped",
              "WARNING cookie-charter: cookie \"_pk_id.(x)\" set by GET /set is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \""
                  + "a".repeat(64)
                  + "... (cut, 100000 characters)\" set by GET /set is not declared: dropped",
              "WARNING cookie-charter: cookie \"5\" set by GET /set is not declared: dropped",
              "WARNING cookie-charter: cookie \"0\" set by GET /set is not declared: dropped"),
          log.lines());
    }
  }

  @Test
  void aConsentReaderThatFailsCountsAsNoConsent() throws Exception {
    ConsentReader failing =
        (HttpServletRequest request) -> {
          throw new IllegalStateException("the account service is down");
        };
    CookieCharterFilter filter =
        new CookieCharterFilter(
            DeclaredCookies.fromClassPath(getClass().getClassLoader()), Mode.BLOCK, failing);
    try (TestServer server = TestServer.start(filter)) {
      HttpResponse<String> response =
          server.get(List.of(entry("cookie", "VISITOR_INFO1_LIVE"), entry("cookie", "csrftoken")));

      assertEquals(204, response.statusCode());
      assertEquals(List.of("csrftoken"), names(response));
      server.get(List.of(entry("cookie", "VISITOR_INFO1_LIVE")));
      assertEquals(
          List.of(
              "SEVERE cookie-charter: cannot check cookie \"VISITOR_INFO1_LIVE\" (reported at most"
                  + " once a minute)",
              "FINE cookie-charter: cannot check cookie \"VISITOR_INFO1_LIVE\""),
          log.lines());
    }
  }

  @Test
  void inModeReportAFailingReaderChangesNothing() throws Exception {
    ConsentReader failing =
        request -> {
          throw new IllegalStateException("the account service is down");
        };
    CookieCharterFilter filter =
        new CookieCharterFilter(
            DeclaredCookies.fromClassPath(getClass().getClassLoader()), Mode.REPORT, failing);
    try (TestServer server = TestServer.start(filter)) {
      assertEquals(
          List.of("VISITOR_INFO1_LIVE"),
          names(server.get(List.of(entry("cookie", "VISITOR_INFO1_LIVE")))));
    }
  }

  @Test
  void aCookieSetFromAnAsynchronousRequestOrAnErrorPageIsCheckedToo() throws Exception {
    try (TestServer server = block(Map.of())) {
      HttpResponse<String> async = server.get("/async?cookie=tracker_async");
      assertEquals(204, async.statusCode());
      assertEquals(List.of(), names(async));
      assertEquals(List.of("csrftoken"), names(server.get("/async?cookie=csrftoken")));

      HttpResponse<String> failed = server.get("/fail");
      assertEquals(500, failed.statusCode());
      assertEquals(List.of(), names(failed));
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"tracker_async\" set by GET /async is not declared:"
                  + " dropped",
              "WARNING cookie-charter: cookie \"error_page\" set by GET /fail is not declared:"
                  + " dropped"),
          log.lines());
    }
  }

  @Test
  void aDroppedSetHeaderLeavesTheCookiesBeforeIt() throws Exception {
    try (TestServer server = block(Map.of())) {
      assertEquals(
          List.of("csrftoken"),
          names(
              server.get(List.of(entry("header", "csrftoken=1"), entry("replace", "tracker=1")))));
    }
  }

  @Test
  void pastAThousandNamesAWarningAtMostOnceAMinute() throws Exception {
    try (TestServer server = block(Map.of())) {
      server.get(List.of(entry("many", "1200")));
      server.get(List.of(entry("many", "1200")));

      List<String> lines = log.lines();
      assertEquals(1001, lines.size());
      assertEquals(
          "WARNING cookie-charter: cookie \"t999\" set by GET /set is not declared: dropped",
          lines.get(999));
      assertEquals(
          "WARNING cookie-charter: cookie \"t1000\" set by GET /set is not declared: dropped (more"
              + " than 1000 cookie names logged: further ones at most once a minute)",
          lines.get(1000));
    }
  }

  @Test
  @SuppressWarnings("try") // a resource that is only started and stopped: the test is its start
  void everyCookieSeenIsReportedToListeners() throws Exception {
    List<SeenCookie> seen = new ArrayList<>();
    try (TestServer server = block(Map.of());
        SeenCookies.Subscription subscription = SeenCookies.listen(seen::add)) {
      server.get(
          List.of(
              entry("cookie", "csrftoken"),
              entry("cookie", "tracker"),
              entry("cookie", "VISITOR_INFO1_LIVE"),
              entry("delete", "old")));
    }
    assertEquals(
        List.of(
            new SeenCookie("csrftoken", "GET /set", true, true, false),
            new SeenCookie("tracker", "GET /set", false, true, true),
            new SeenCookie("VISITOR_INFO1_LIVE", "GET /set", true, false, true)),
        seen);
  }

  @Test
  @SuppressWarnings("try") // a resource that is only started and stopped: the test is its start
  void theContainersSessionCookieMustBeDeclared() throws Exception {
    // Jetty keeps sessions in JSESSIONID, which the class path's declarations lack.
    Exception failed =
        assertThrows(
            Exception.class,
            () ->
                TestServer.start(
                    new CookieCharterFilter(),
                    Map.of("mode", "block"),
                    ServletContextHandler.SESSIONS,
                    context -> {}));
    assertEquals(
        "cookie-charter: the container's session cookie \"JSESSIONID\" is not declared: declare"
            + " it with @DeclaredCookie, or name the session cookie after a declared cookie"
            + " (SessionCookieConfig.setName, server.servlet.session.cookie.name...)",
        rootCause(failed).getMessage());

    try (TestServer reported =
        TestServer.start(
            new CookieCharterFilter(), Map.of(), ServletContextHandler.SESSIONS, context -> {})) {
      assertEquals(
          List.of(
              "SEVERE cookie-charter: the container's session cookie \"JSESSIONID\" is not"
                  + " declared: declare it with @DeclaredCookie, or name the session cookie after a"
                  + " declared cookie (SessionCookieConfig.setName, server.servlet.session"
                  + ".cookie.name...)"),
          log.lines());
    }
  }

  @Test
  @SuppressWarnings("try") // a resource that is only started and stopped: the test is its start
  void aSessionCookieThatNeedsConsentOrThatTheParameterNames() throws Exception {
    Exception failed =
        assertThrows(
            Exception.class,
            () ->
                TestServer.start(
                    new CookieCharterFilter(),
                    Map.of("mode", "block", "session-cookie", "VISITOR_INFO1_LIVE"),
                    ServletContextHandler.SESSIONS,
                    context -> {}));
    assertEquals(
        "cookie-charter: the container's session cookie \"VISITOR_INFO1_LIVE\" is declared as"
            + " third_party, which needs consent, but the container sets it before any: declare it"
            + " NECESSARY",
        rootCause(failed).getMessage());
    // Tomcat's context.xml names it where the filter cannot see: the parameter says it.
    for (String parameter : List.of("sessionid", "none")) {
      try (TestServer server =
          TestServer.start(
              new CookieCharterFilter(),
              Map.of("mode", "block", "session-cookie", parameter),
              ServletContextHandler.SESSIONS,
              context -> {})) {
        assertEquals(List.of(), log.lines());
      }
    }
  }

  @Test
  @SuppressWarnings("try") // a resource that is only started and stopped: the test is its start
  void aSessionCookieNamedAfterADeclaredCookiePasses() throws Exception {

    try (TestServer server =
        TestServer.start(
            new CookieCharterFilter(),
            Map.of("mode", "block"),
            ServletContextHandler.SESSIONS,
            context -> context.getSessionHandler().getSessionCookieConfig().setName("sessionid"))) {
      assertEquals(List.of(), log.lines());
    }
  }

  private static TestServer block(Map<String, String> more) throws Exception {
    Map<String, String> init = new java.util.HashMap<>(more);
    init.put("mode", "block");
    return TestServer.start(
        new CookieCharterFilter(), init, ServletContextHandler.NO_SESSIONS, c -> {});
  }

  /**
   * A request's Cookie header with CookieConsent's cookie {@code cookie} accepting {@code
   * categories}, under the revision of the test's cookies.json.
   */
  static String consent(String cookie, String... categories) {
    return consentUnder(BUILT_REVISION, cookie, categories);
  }

  /** The same, written by CookieConsent under {@code revision}. */
  static String consentUnder(int revision, String cookie, String... categories) {
    String json =
        "{\"categories\":[\""
            + String.join("\",\"", categories)
            + "\"],\"revision\":"
            + revision
            + ",\"data\":null,\"consentId\":\"e3c1\",\"services\":{}}";
    return cookie + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** CookieConsent's revision of the test's cookies.json. */
  static final int BUILT_REVISION =
      DeclaredCookies.fromClassPath(CookieCharterFilterTest.class.getClassLoader())
          .consent()
          .orElseThrow()
          .revision();

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
