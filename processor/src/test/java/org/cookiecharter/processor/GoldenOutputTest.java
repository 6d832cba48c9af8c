package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.cookiecharter.ConsentFingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each generated file, byte for byte (golden files in {@code src/test/resources/golden}). */
class GoldenOutputTest {
  private static final String GOLDEN = "golden/data.artisanat.fr/";
  private static final String LIFETIMES = "golden/lifetimes/";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        CharterResources.TEXT,
        CharterResources.MARKDOWN,
        CharterResources.HTML,
        CharterResources.JSON,
        CharterResources.KLARO_CONFIG,
        CharterResources.TARTEAUCITRON_SERVICES,
        CharterResources.COOKIECONSENT_CONFIG
      })
  void charterFileEqualsItsGoldenFile(String path) {
    Compilation compilation =
        TestSources.create().withSite("https://data.artisanat.fr").withPortalCookies().compile();
    assertThat(compilation).succeededWithoutWarnings();

    String name = path.substring(CharterResources.DIRECTORY.length());
    Golden.assertMatches(generated(compilation, path), GOLDEN + name);
  }

  /**
   * A portal whose cookies declare their lifetimes: each table has a duration column, and the
   * exempt statistics cookies say why no consent is asked (golden files in {@code
   * golden/lifetimes}).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        CharterResources.TEXT,
        CharterResources.MARKDOWN,
        CharterResources.HTML,
        CharterResources.JSON,
        CharterResources.KLARO_CONFIG,
        CharterResources.TARTEAUCITRON_SERVICES,
        CharterResources.COOKIECONSENT_CONFIG
      })
  void lifetimesCharterFileEqualsItsGoldenFile(String path) {
    Compilation compilation =
        TestSources.create()
            .withSite("https://www.info-financiere.gouv.fr")
            .withPortalLifetimes()
            .compile();
    assertThat(compilation).succeededWithoutWarnings();

    String name = path.substring(CharterResources.DIRECTORY.length());
    Golden.assertMatches(generated(compilation, path), LIFETIMES + name);
  }

  @Test
  void registrySourceEqualsItsGoldenFile() throws IOException {
    Compilation compilation =
        TestSources.create().withSite("https://data.artisanat.fr").withPortalCookies().compile();

    assertThat(compilation).succeeded();
    Golden.assertMatches(
        compilation
            .generatedSourceFile("org.example.portal.CookieRegistry")
            .orElseThrow()
            .getCharContent(true)
            .toString(),
        GOLDEN + "CookieRegistry.java.txt");
  }

  @Test
  void aPlatformWithoutCookiesSaysSoInEachFormat() {
    Compilation compilation =
        TestSources.create()
            .withSite()
            .with(
                JavaFileObjects.forSourceLines(
                    "org.example.portal.Home", "package org.example.portal;", "class Home {}"))
            .compile();
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(generated(compilation, CharterResources.TEXT))
        .endsWith(
            "A quoi servent les cookies sur la plateforme <https://data.example.org>\n"
                + "\n"
                + "Cette plateforme ne dépose aucun cookie.\n");
    assertThat(generated(compilation, CharterResources.MARKDOWN))
        .endsWith(
            "### A quoi servent les cookies sur la plateforme <https://data.example.org>\n"
                + "\n"
                + "Cette plateforme ne dépose aucun cookie.\n");
    assertThat(generated(compilation, CharterResources.HTML))
        .endsWith(
            "  <h3>A quoi servent les cookies sur la plateforme"
                + " <a href=\"https://data.example.org\">https://data.example.org</a></h3>\n"
                + "  <p>Cette plateforme ne dépose aucun cookie.</p>\n"
                + "</section>\n");
    assertThat(generated(compilation, CharterResources.JSON))
        .isEqualTo(
            "{\n"
                + "  \"platform\": \"https://data.example.org\",\n"
                + "  \"consent\": {\n"
                + "    \"purposeEdition\": 0,\n"
                + "    \"revision\": "
                + ConsentFingerprints.of(List.of(), 0).revision()
                + ",\n"
                + "    \"fingerprints\": {}\n"
                + "  },\n"
                + "  \"cookies\": []\n"
                + "}\n");
  }
}
