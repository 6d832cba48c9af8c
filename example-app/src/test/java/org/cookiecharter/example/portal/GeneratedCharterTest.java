package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.example.commons.CommonCookies;
import org.junit.jupiter.api.Test;

/**
 * The charter this module's Maven build generated (processor on the annotation processor path) is
 * the published data.artisanat.fr charter, the platform aside, with a duration column: the portal's
 * cookies declare how long they last, as the code sets them.
 */
class GeneratedCharterTest {

  @Test
  void textCharterIsThePublishedOneWithThisPlatformAndADurationColumn() throws IOException {
    String published;
    try (InputStream in = getClass().getResourceAsStream("/published/data.artisanat.fr.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String expected = published.replace("https://data.artisanat.fr", CookieRegistry.platform());
    List<String> charter = nonBlankLines(CharterFiles.read(CharterResources.TEXT));

    // The saved page differs in blank lines only, and has no duration column.
    assertEquals(
        nonBlankLines(expected),
        charter.stream().map(GeneratedCharterTest::withoutDuration).collect(Collectors.toList()));
    assertEquals(
        List.of(
            "Durée", "Session (supprimé à la fermeture du navigateur)", "1 an", "1 an", "6 mois"),
        charter.stream()
            .filter(line -> line.contains("\t"))
            .map(line -> line.split("\t", -1)[3])
            .collect(Collectors.toList()));
  }

  /** A table row without its fourth cell, the duration, which the published charter lacks. */
  private static String withoutDuration(String line) {
    List<String> cells = new java.util.ArrayList<>(List.of(line.split("\t", -1)));
    if (cells.size() == 5) {
      cells.remove(3);
    }
    return String.join("\t", cells);
  }

  @Test
  void registryListsTheLibrarysCookiesThenThePortalsInCharterOrder() {
    assertEquals(
        List.of(
            CommonCookies.SESSION_ID,
            CommonCookies.LANGUAGE,
            PortalCookies.CSRF_TOKEN,
            PortalCookies.COOKIE_PREFERENCES),
        CookieRegistry.all().stream().map(CookieDefinition::name).collect(Collectors.toList()));
  }

  private static List<String> nonBlankLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
  }
}
