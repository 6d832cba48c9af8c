package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cookiecharter.guard.CookieCharterAssertions;
import org.cookiecharter.guard.CookieCharterExtension;
import org.cookiecharter.guard.CookieCharterFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The portal's guard (mode block, the consent banner's cookie as the consent), over real HTTP, with
 * one servlet more, which only this test adds: it sets a cookie whose name it computes, as a buggy
 * handler or a library might.
 */
class PortalGuardTest {
  private static PortalServer portal;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final List<String> log = new ArrayList<>();
  private final Handler logHandler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          log.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Remembers the last dataset a visitor opened, in a cookie named after it: none declares it. */
  static final class LastDatasetServlet extends HttpServlet {
    @Override
    @SuppressWarnings("cookie-charter") // computed on purpose: what the guard catches at run time
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      response.addCookie(new Cookie("last_" + request.getParameter("dataset"), "1"));
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
  }

  @BeforeAll
  static void startPortal() throws Exception {
    portal =
        PortalServer.start(
            "localhost", 0, CharterFiles.load(), true, Map.of("/last", new LastDatasetServlet()));
  }

  @AfterAll
  static void stopPortal() {
    portal.close();
  }

  private static final Logger GUARD_LOG = Logger.getLogger(CookieCharterFilter.class.getName());
  private Level level;
  private boolean printed;

  /** Keeps what the guard logs for the tests to assert, instead of printing it. */
  @BeforeEach
  void listen() {
    level = GUARD_LOG.getLevel();
    printed = GUARD_LOG.getUseParentHandlers();
    GUARD_LOG.setLevel(Level.ALL);
    GUARD_LOG.setUseParentHandlers(false);
    GUARD_LOG.addHandler(logHandler);
  }

  @AfterEach
  void stopListening() {
    GUARD_LOG.removeHandler(logHandler);
    GUARD_LOG.setUseParentHandlers(printed);
    GUARD_LOG.setLevel(level);
  }

  @Test
  void aNecessaryCookiePassesBeforeConsent() throws Exception {
    HttpResponse<String> home = get("/", "");

    assertEquals(List.of("csrftoken"), names(home));
    CookieCharterAssertions.assertDeclared(home);
  }

  @Test
  void theStatisticsCookieIsDroppedBeforeConsentAndSetAfter() throws Exception {
    assertEquals(List.of(), names(get("/", "csrftoken=t")));
    assertEquals(List.of(), names(get("/", "csrftoken=t; " + consent("necessary"))));
    assertEquals(
        List.of("ods_visitor"),
        names(get("/", "csrftoken=t; " + consent("necessary", "statistics"))));
    assertEquals(
        List.of(
            "FINE cookie-charter: cookie \"ods_visitor\" dropped from GET / until the visitor"
                + " consents to statistics",
            "FINE cookie-charter: cookie \"ods_visitor\" dropped from GET / until the visitor"
                + " consents to statistics"),
        log);
  }

  @Test
  void anUndeclaredCookieWithAComputedNameIsDroppedAndLogged() throws Exception {
    HttpResponse<String> response = get("/last?dataset=qualite-air", "csrftoken=t");

    assertEquals(204, response.statusCode());
    assertEquals(List.of(), names(response));
    assertEquals(
        List.of(
            "WARNING cookie-charter: cookie \"last_qualite-air\" set by GET /last is not declared:"
                + " dropped"),
        log);
  }

  /** An application test class that opens a dataset: it sets the undeclared cookie. */
  @ExtendWith(CookieCharterExtension.class)
  static class OpensADataset {
    @Test
    void opensADataset() throws Exception {
      get("/last?dataset=apprentis", "csrftoken=t");
    }
  }

  /** An application test class that visits the home page, with consent: declared cookies only. */
  @ExtendWith(CookieCharterExtension.class)
  static class VisitsTheHomePage {
    @Test
    void visitsTheHomePage() throws Exception {
      get("/", consent("necessary", "statistics"));
    }
  }

  @Test
  void theExtensionFailsATestClassThatSetAnUndeclaredCookie() {
    assertEquals(
        List.of(
            "org.cookiecharter.example.portal.PortalGuardTest$OpensADataset: the application set a"
                + " cookie that no @DeclaredCookie declares:\n"
                + "  \"last_apprentis\" set by GET /last, dropped"),
        classFailures(OpensADataset.class));
    assertEquals(List.of(), classFailures(VisitsTheHomePage.class));
    assertEquals(
        List.of(
            "WARNING cookie-charter: cookie \"last_apprentis\" set by GET /last is not declared:"
                + " dropped"),
        log);
  }

  private static List<String> classFailures(Class<?> testClass) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    return results.containerEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow())
        .map(result -> result.getThrowable().orElseThrow().getMessage())
        .collect(Collectors.toList());
  }

  /** The banner's cookie, as CookieConsent writes it under the build's revision. */
  private static String consent(String... categories) {
    String json =
        "{\"categories\":[\""
            + String.join("\",\"", categories)
            + "\"],\"revision\":"
            + PortalServer.CONSENT.revision()
            + "}";
    return PortalCookies.COOKIE_PREFERENCES
        + "="
        + URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpResponse<String> get(String path, String cookies) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> names(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, header.indexOf('=')))
        .collect(Collectors.toList());
  }
}
