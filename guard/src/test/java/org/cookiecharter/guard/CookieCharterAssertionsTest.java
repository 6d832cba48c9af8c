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
