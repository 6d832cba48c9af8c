package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.scan.CookieScan;
import org.cookiecharter.scan.ScanReport;
import org.cookiecharter.scan.SeenCookie;
import org.cookiecharter.scan.StateReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running portal in a real Chromium, in every consent state, against its declarations. */
class PortalScanTest {
  private static PortalServer server;

  @TempDir Path reports;

  @BeforeAll
  static void startPortal() throws Exception {
    server = PortalServer.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stopPortal() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void setsOnlyDeclaredCookiesAndOnlyWithConsent() throws Exception {
    ScanReport report =
        CookieScan.of(server.uri().resolve("/").toString())
            .declarations(CookieRegistry.all())
            .pages(5)
            .run();
    report.write(reports);
    assertEquals("", report.findingsText());
    assertEquals(
        List.of("no-choice", "refuse-all", "accept-statistics", "accept-all"),
        report.states().stream().map(state -> state.state().name()).toList());
    for (StateReport state : report.states()) {
      assertEquals(Optional.of("CookieConsent"), state.consent().banner(), state.toString());
    }
    // What each choice leads to: the audience cookie only once statistics are accepted, the
    // banner's own cookie once a choice is made.
    assertEquals(
        List.of(
            List.of("csrftoken"),
            List.of("cookies_preferences", "csrftoken"),
            List.of("cookies_preferences", "csrftoken", "ods_visitor"),
            List.of("cookies_preferences", "csrftoken", "ods_visitor")),
        report.states().stream()
            .map(state -> state.cookies().stream().map(SeenCookie::name).toList())
            .toList());
  }
}
