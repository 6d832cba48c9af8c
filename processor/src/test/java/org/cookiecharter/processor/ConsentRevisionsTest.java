package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookiesJson;
import org.junit.jupiter.api.Test;

/**
 * Four builds of one portal, for the consent banners to ask again exactly when they must: A; A',
 * the same declarations in another order; B, which adds a statistics cookie; C, which only fixes a
 * purpose's wording; and D, which raises the purpose edition. This test checks what they write, and
 * writes their configurations to {@code target/consent-revisions/<build>/}, where the JavaScript
 * tests ({@code consent-tests/revisions.test.js}) load them into each banner with a visitor's
 * stored choice.
 */
class ConsentRevisionsTest {
  private static final Path BUILDS = Path.of("target", "consent-revisions");

  private static final String SESSION =
      declaration("SESSION", "sessionid", "Portal", "Session", "Remember the visitor", "NECESSARY");
  private static final String VISITS =
      declaration("VISITS", "_pk_id.*", "Matomo", "Audience", "Count the visitors", "STATISTICS");
  private static final String VIDEO =
      declaration(
          "VIDEO", "yt_pref", "YouTube", "Videos", "Remember the player's settings", "THIRD_PARTY");
  private static final String CAMPAIGNS =
      declaration(
          "CAMPAIGNS", "_pk_cmp", "Matomo", "Audience", "Follow the campaigns", "STATISTICS");
  private static final String VIDEO_REWORDED =
      declaration(
          "VIDEO",
          "yt_pref",
          "YouTube",
          "Videos",
          "Remember the video player's settings",
          "THIRD_PARTY");

  private static String declaration(
      String field, String name, String provider, String service, String purpose, String category) {
    return String.format(
        "  @DeclaredCookie(provider = \"%s\", service = \"%s\", purpose = \"%s\","
            + " category = CookieCategory.%s) static final String %s = \"%s\";",
        provider, service, purpose, category, field, name);
  }

  /** The portal's classes, one declaration each, in the order given, with its purpose edition. */
  private static Compilation build(int purposeEdition, String... declarations) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        Fixtures.site(
            "org.example.portal",
            "platform = \"https://data.example.org\", purposeEdition = " + purposeEdition));
    for (String declaration : declarations) {
      String field = declaration.substring(declaration.indexOf("String ") + 7).split(" ")[0];
      sources.add(Fixtures.declaring("org.example.portal.Cookies" + field, declaration));
    }
    Compilation compilation =
        Compilations.compile(List.of(), sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static ConsentFingerprints fingerprints(Compilation build) {
    return CookiesJson.readDocument(generated(build, CharterResources.JSON)).fingerprints();
  }

  @Test
  void theBannersAskAgainExactlyWhenWhatConsentIsAboutChanged() throws IOException {
    Map<String, Compilation> builds = new LinkedHashMap<>();
    builds.put("A", build(0, SESSION, VISITS, VIDEO));
    List<String> reversed = new ArrayList<>(List.of(SESSION, VISITS, VIDEO));
    Collections.reverse(reversed);
    builds.put("A2", build(0, reversed.toArray(String[]::new)));
    builds.put("B", build(0, SESSION, VISITS, VIDEO, CAMPAIGNS));
    builds.put("C", build(0, SESSION, VISITS, VIDEO_REWORDED));
    builds.put("D", build(1, SESSION, VISITS, VIDEO));

    ConsentFingerprints a = fingerprints(builds.get("A"));
    assertThat(a.byCategory().keySet()).containsExactly("statistics", "third_party").inOrder();
    assertThat(fingerprints(builds.get("A2"))).isEqualTo(a);
    assertThat(a.changedCategories(fingerprints(builds.get("B")))).containsExactly("statistics");
    assertThat(fingerprints(builds.get("C"))).isEqualTo(a);
    assertThat(a.changedCategories(fingerprints(builds.get("D"))))
        .containsExactly("statistics", "third_party")
        .inOrder();
    for (String banner : BANNERS) {
      // A' is A, byte for byte; C differs from A in the purpose's text only.
      assertThat(generated(builds.get("A2"), banner)).isEqualTo(generated(builds.get("A"), banner));
      assertThat(generated(builds.get("C"), banner).replace("video player", "player"))
          .isEqualTo(generated(builds.get("A"), banner));
    }
    assertThat(generated(builds.get("A"), CharterResources.COOKIECONSENT_CONFIG))
        .contains("\n  \"revision\": " + a.revision() + ",\n");

    for (Map.Entry<String, Compilation> build : builds.entrySet()) {
      Path folder = BUILDS.resolve(build.getKey());
      Files.createDirectories(folder);
      for (String file : BANNERS) {
        Files.writeString(
            folder.resolve(file.substring(file.lastIndexOf('/') + 1)),
            generated(build.getValue(), file),
            StandardCharsets.UTF_8);
      }
      Files.writeString(
          folder.resolve("cookies.json"),
          generated(build.getValue(), CharterResources.JSON),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void aNegativePurposeEditionIsAnErrorOnItsValue() {
    JavaFileObject site =
        JavaFileObjects.forSourceLines(
            "org.example.portal.package-info",
            "@CookieCharter(",
            "    platform = \"https://data.example.org\",",
            "    purposeEdition = -1)",
            "package org.example.portal;",
            "",
            "import org.cookiecharter.CookieCharter;");
    Compilation compilation = TestSources.create().with(site).withPortalCookies().compile();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cookie-charter:InvalidPurposeEdition] @CookieCharter(purposeEdition) is -1, but an"
                + " edition counts from 0: raise it by one each time a purpose changes in"
                + " substance, so that the banners ask the visitors again")
        .inFile(site)
        .onLineContaining("purposeEdition = -1");
  }

  private static final List<String> BANNERS =
      List.of(
          CharterResources.KLARO_CONFIG,
          CharterResources.TARTEAUCITRON_SERVICES,
          CharterResources.COOKIECONSENT_CONFIG);
}
