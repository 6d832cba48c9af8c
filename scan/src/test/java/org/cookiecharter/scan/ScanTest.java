package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of sites written here, in the real browser. */
class ScanTest {
  private static final List<CookieDefinition> DECLARED =
      List.of(
          new CookieDefinition("lang", "Portal", "Language", "Remembers", CookieCategory.NECESSARY),
          new CookieDefinition(
              "sessionid",
              "Portal",
              "Login",
              "Remembers the user",
              CookieCategory.NECESSARY,
              Optional.of(CookieLifetime.parse("session")),
              false),
          new CookieDefinition(
              "_pk_id.*",
              "Matomo",
              "Audience",
              "Counts visitors",
              CookieCategory.STATISTICS,
              Optional.of(CookieLifetime.parse("P13M")),
              false));

  @TempDir Path reports;

  @Test
  void recordsHeadersScriptsFramesAndStorageAndHoldsThemAgainstTheDeclarations() throws Exception {
    Path browser = Chromium.require();
    try (TestSite site = new TestSite(null)) {
      site.page(
              "/",
              "text/html",
              "<!DOCTYPE html><title>home</title><a href=\"/two#top\">two</a>\n"
                  + "<iframe src=\""
                  + site.otherSite("/video")
                  + "\"></iframe>\n"
                  + "<script src=\"/app.js\"></script>\n",
              "sessionid=abc; Path=/; HttpOnly")
          .page(
              "/app.js",
              "text/javascript",
              "// the audience measurement, before any consent\n"
                  + "document.cookie = '_pk_id.1.abcd=1; path=/; max-age=' + 400 * 24 * 3600;\n"
                  + "localStorage.setItem('prefs', '{}');\n"
                  // An "auto" cookie domain's first try, which the browser ignores: no cookie.
                  + "document.cookie = '_pk_id.1.abcd=1; domain=1';\n")
          .page(
              "/video",
              "text/html",
              "<!DOCTYPE html><p>video</p>",
              "yt_pref=1; Path=/; SameSite=None; Secure")
          .page("/two", "text/html", "<!DOCTYPE html><title>two</title><a href=\"/\">home</a>")
          // A page that no link reaches, in the sitemap; a redirect on the way sets a cookie.
          .page(
              "/sitemap.xml",
              "application/xml",
              "<urlset><url><loc>" + site.url("/go") + "</loc></url></urlset>")
          .redirect("/go", "/hidden", "lang=fr; Path=/")
          .page("/hidden", "text/html", "<!DOCTYPE html><title>hidden</title>");

      ScanReport report =
          CookieScan.of(site.url("/")).declarations(DECLARED).browser(browser).parallel(4).run();

      List<String> findings = new ArrayList<>();
      for (Finding finding : report.findings()) {
        findings.add(finding.toString());
      }
      String app = site.url("/app.js") + ":2";
      String origin = site.url("");
      assertEquals(
          List.of(
              "before-consent: cookie \"_pk_id.1.abcd\" (127.0.0.1) needs consent to statistics,"
                  + " set in state no-choice, set by "
                  + app
                  + " (first party)",
              "lifetime: cookie \"_pk_id.1.abcd\" (127.0.0.1) lasts 34560000 seconds, declared"
                  + " P13M, in state no-choice, set by "
                  + app
                  + " (first party)",
              "undeclared: cookie \"yt_pref\" (localhost) is not declared, set in state"
                  + " no-choice, set by "
                  + site.otherSite("/video")
                  + " (third party)",
              "undeclared: localStorage key \"prefs\" ("
                  + origin
                  + ") is not declared, set in state no-choice, set by "
                  + site.url("/app.js")
                  + ":3 (first party)"),
          findings.subList(0, 4));
      // No banner: every other state is reported as not driven, and checked as no consent.
      assertEquals(
          "banner: state refuse-all: no banner that the scan drives was shown (CookieConsent,"
              + " Klaro!, tarteaucitron): give the banner's consent cookie for this state with"
              + " --consent-cookie",
          findings.get(4));
      assertEquals(
          List.of("no-choice", "refuse-all", "accept-statistics", "accept-all"),
          report.states().stream().map(s -> s.state().name()).toList());
      assertEquals(
          List.of(site.url("/"), site.url("/go"), site.url("/two")),
          report.states().get(0).pages());

      Path html = report.write(reports);
      JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      JsonNode cookies = json.get("states").get(0).get("cookies");
      assertEquals(4, cookies.size(), cookies.toString());
      JsonNode redirected = cookies.get(1);
      assertEquals("lang", redirected.get("name").asText());
      assertEquals(site.url("/go"), redirected.get("setBy").asText());
      JsonNode session = cookies.get(2);
      assertEquals("sessionid", session.get("name").asText());
      assertEquals("127.0.0.1", session.get("domain").asText());
      assertEquals("/", session.get("path").asText());
      assertEquals(true, session.get("expires").isNull());
      assertEquals("first", session.get("party").asText());
      assertEquals("header", session.get("via").asText());
      assertEquals(site.url("/"), session.get("setBy").asText());
      JsonNode storage = json.get("states").get(0).get("storage").get(0);
      assertEquals("prefs", storage.get("key").asText());
      assertEquals("local", storage.get("type").asText());
      assertEquals(origin, storage.get("origin").asText());
      JsonNode first = json.get("findings").get(0);
      assertEquals("before-consent", first.get("kind").asText());
      assertEquals("_pk_id.*", first.get("declaration").asText());
      assertEquals(true, json.get("findings").get(2).get("declaration").isNull());

      Document page = Jsoup.parse(Files.readString(html));
      assertEquals(report.findings().size(), page.select("table.findings tbody tr").size());
      assertEquals(
          "_pk_id.1.abcd",
          page.select("table.findings tbody tr").first().select("td.name").first().text());
      assertEquals(
          List.of(
              "Name",
              "Type",
              "Domain or origin",
              "Party",
              "no-choice",
              "refuse-all",
              "accept-statistics",
              "accept-all"),
          page.select("table.matrix thead th").eachText());
    }
  }
}
