package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookieStorage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three banners whose configurations the build generates, driven by their own buttons in the
 * real npm packages' code (sites/*: static sites that load a script only after its category is
 * accepted, as real sites do; sites/DRIVING.md says how each banner is driven and why).
 */
class BannersTest {
  private static List<CookieDefinition> declarations(String bannerCookie) {
    return List.of(
        declared("sessionid", CookieCategory.NECESSARY, "session"),
        declared(bannerCookie, CookieCategory.NECESSARY, "P1Y"),
        declared("_pk_id.*", CookieCategory.STATISTICS, "P13M"),
        declared("yt_pref", CookieCategory.THIRD_PARTY, "session"),
        new CookieDefinition(
            "yt_player",
            "Video",
            "Player",
            "Remembers the player's settings",
            CookieCategory.THIRD_PARTY,
            Optional.empty(),
            false,
            Map.of(),
            CookieStorage.LOCAL_STORAGE));
  }

  private static CookieDefinition declared(String name, CookieCategory category, String lifetime) {
    return new CookieDefinition(
        name,
        "Test",
        "Test site",
        "Tests",
        category,
        Optional.of(CookieLifetime.parse(lifetime)),
        false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cookieconsent, CookieConsent, cc_cookie, false",
    "klaro, Klaro!, klaro, false",
    // tarteaucitron writes its cookie on the first visit, before any choice.
    "tarteaucitron, tarteaucitron, tarteaucitron, true"
  })
  void drivesTheBannerInEveryState(
      String site, String banner, String bannerCookie, boolean cookieBeforeChoice)
      throws Exception {
    try (TestSite test = new TestSite(site)) {
      ScanReport report =
          CookieScan.of(test.url("/"))
              .declarations(declarations(bannerCookie))
              .browser(Chromium.require())
              .parallel(3)
              .run();

      assertEquals("", report.findingsText());
      assertEquals(
          List.of(
              "no-choice", "refuse-all", "accept-statistics", "accept-third_party", "accept-all"),
          report.states().stream().map(state -> state.state().name()).toList());
      List<String> none = cookieBeforeChoice ? List.of(bannerCookie) : List.of();
      assertEquals(
          List.of(
              none,
              List.of(bannerCookie),
              List.of("_pk_id.1.abcd", bannerCookie),
              List.of(bannerCookie, "yt_pref"),
              List.of("_pk_id.1.abcd", bannerCookie, "yt_pref")),
          report.states().stream()
              .map(state -> state.cookies().stream().map(SeenCookie::name).toList())
              .toList());
      assertEquals(
          List.of(List.of(), List.of(), List.of(), List.of("yt_player"), List.of("yt_player")),
          report.states().stream()
              .map(state -> state.storage().stream().map(SeenStorage::key).toList())
              .toList());
      for (StateReport state : report.states()) {
        assertEquals(Optional.of(banner), state.consent().banner(), state.state().name());
        // other.html links back to index.html: the same page, another URL.
        assertEquals(
            List.of(test.url("/"), test.url("/other.html"), test.url("/index.html")),
            state.pages());
      }
    }
  }
}
