package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.scan.Chromium;
import org.cookiecharter.scan.CookieScan;
import org.cookiecharter.scan.CookieScanAssertions;
import org.cookiecharter.scan.Finding;
import org.cookiecharter.scan.ScanReport;
import org.cookiecharter.scan.SeenCookie;
import org.cookiecharter.scan.SeenStorage;
import org.cookiecharter.scan.StateReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running portal in a real Chromium, in every consent state, against its declarations: its
 * server's cookies, its audience script's, the cookie of the map it embeds from another site, and
 * its storage key. Skipped, with the reason, where no Chromium is found (failed in CI).
 */
class PortalScanTest {
  @TempDir Path reports;

  @Test
  void setsOnlyDeclaredCookiesAndOnlyWithConsent() throws Exception {
    try (PortalServer server = PortalServer.start("127.0.0.1", 0)) {
      ScanReport report =
          CookieScan.of("http://127.0.0.1:" + server.port() + "/")
              .declarations(CookieRegistry.all())
              .pages(4)
              .parallel(3)
              .browser(Chromium.require())
              .run();
      report.write(reports);

      CookieScanAssertions.assertNoFindings(report);
      assertEquals(
          List.of(
              "no-choice", "refuse-all", "accept-statistics", "accept-third_party", "accept-all"),
          report.states().stream().map(state -> state.state().name()).toList());
      for (StateReport state : report.states()) {
        assertEquals(Optional.of("CookieConsent"), state.consent().banner(), state.toString());
      }
      // What each choice leads to: the audience cookies once statistics are accepted, the map's
      // (a third party's, in its frame) once third parties are, the banner's own once a choice
      // is made; the portal's storage key always. The map's site is the portal under another
      // name: its CSRF filter sets csrftoken there too.
      assertEquals(
          List.of(
              List.of("csrftoken"),
              List.of("cookies_preferences", "csrftoken"),
              List.of(
                  "_pk_id.1.f3a1",
                  "_pk_ses.1.f3a1",
                  "cookies_preferences",
                  "csrftoken",
                  "ods_visitor"),
              List.of("cookies_preferences", "csrftoken", "csrftoken", "map_prefs"),
              List.of(
                  "_pk_id.1.f3a1",
                  "_pk_ses.1.f3a1",
                  "cookies_preferences",
                  "csrftoken",
                  "csrftoken",
                  "map_prefs",
                  "ods_visitor")),
          report.states().stream()
              .map(state -> state.cookies().stream().map(SeenCookie::name).toList())
              .toList());
      SeenCookie map = report.states().get(4).cookies().get(5);
      assertEquals("localhost", map.domain());
      assertEquals("third", map.party().key());
      assertEquals(
          Optional.of("http://localhost:" + server.port() + EmbeddedMap.PATH + ":7"), map.setBy());
      for (StateReport state : report.states()) {
        assertEquals(
            List.of(PortalCookies.DATASETS_VIEW),
            state.storage().stream().map(SeenStorage::key).toList(),
            state.state().name());
      }
      assertEquals(List.of("sessionid", "django_language"), report.declaredNotSeen());
    }
  }

  /** A page that a marketer added, whose script sets a tracker's cookie before any consent. */
  private static final class PromotionPage extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (request.getServletPath().endsWith(".js")) {
        Responses.send(
            response,
            "text/javascript",
            "// the advertising network's tag\n"
                + "var now = Date.now();\n"
                + "document.cookie = '_fbp=fb.1.' + now + '; path=/; max-age=7776000';\n");
      } else {
        Responses.send(
            response,
            "text/html",
            "<!DOCTYPE html>\n<title>Promotion</title>\n<p>Nouveaux jeux de données</p>\n"
                + ConsentBanner.SCRIPTS
                + "<script src=\"/promotion.js\"></script>\n");
      }
    }
  }

  @Test
  void aScriptThatSetsAnUndeclaredCookieBeforeConsentIsAFinding() throws Exception {
    HttpServlet promotion = new PromotionPage();
    try (PortalServer server =
        PortalServer.start(
            "127.0.0.1",
            0,
            CharterFiles.load(),
            true,
            Map.of("/promotion", promotion, "/promotion.js", promotion))) {
      ScanReport report =
          CookieScan.of("http://127.0.0.1:" + server.port() + "/promotion")
              .declarations(CookieRegistry.all())
              .pages(1)
              .parallel(3)
              .browser(Chromium.require())
              .run();

      assertFalse(report.passed());
      String script = "http://127.0.0.1:" + server.port() + "/promotion.js:3";
      Finding first = report.findings().get(0);
      assertEquals(
          "undeclared: cookie \"_fbp\" (127.0.0.1) is not declared, set in state no-choice,"
              + " set by "
              + script
              + " (first party)",
          first.toString());
      assertEquals(Optional.empty(), first.declaration());
      assertEquals(
          List.of(
              "no-choice", "refuse-all", "accept-statistics", "accept-third_party", "accept-all"),
          report.findings().stream()
              .filter(finding -> finding.name().equals("_fbp"))
              .map(Finding::state)
              .toList());
    }
  }
}
