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
 * the published data.artisanat.fr charter, the platform aside.
 */
class GeneratedCharterTest {

  @Test
  void textCharterIsThePublishedOneWithThisPlatform() throws IOException {
    String published;
    try (InputStream in = getClass().getResourceAsStream("/published/data.artisanat.fr.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String expected = published.replace("https://data.artisanat.fr", CookieRegistry.platform());

    // The saved page differs in blank lines only.
    assertEquals(nonBlankLines(expected), nonBlankLines(CharterFiles.read(CharterResources.TEXT)));
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
