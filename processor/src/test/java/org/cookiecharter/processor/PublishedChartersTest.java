package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;
import static org.cookiecharter.processor.Compilations.resource;

import com.google.testing.compile.Compilation;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated charter reproduces the three charters published by Opendatasoft portals, word for
 * word after normalisation (copies in {@code src/test/resources/published}).
 */
class PublishedChartersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "data.artisanat.fr, https://data.artisanat.fr",
    "ares-digitalwallonia.opendatasoft.com, https://ares-digitalwallonia.opendatasoft.com",
    "opendata.regaz.fr, https://opendata.regaz.fr",
  })
  void textAndMarkdownChartersEqualThePublishedOne(String portal, String platform) {
    Compilation compilation = TestSources.create().withSite(platform).withPortalCookies().compile();
    assertThat(compilation).succeededWithoutWarnings();

    var published = CharterNormalizer.normalize(resource("published/" + portal + ".txt"));
    assertThat(CharterNormalizer.normalize(generated(compilation, CharterResources.TEXT)))
        .containsExactlyElementsIn(published)
        .inOrder();
    assertThat(CharterNormalizer.normalize(generated(compilation, CharterResources.MARKDOWN)))
        .containsExactlyElementsIn(published)
        .inOrder();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "data.artisanat.fr, https://data.artisanat.fr",
    "opendata.regaz.fr, https://opendata.regaz.fr",
  })
  void oneCodeBaseBuildsEachPortalsCharterWithThePlatformOption(String portal, String platform) {
    Compilation compilation =
        compile(
            java.util.List.of("-A" + ProcessorOptions.PLATFORM + "=" + platform),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies());
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(CharterNormalizer.normalize(generated(compilation, CharterResources.TEXT)))
        .containsExactlyElementsIn(
            CharterNormalizer.normalize(resource("published/" + portal + ".txt")))
        .inOrder();
  }
}
