package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;

/**
 * The consent banners' configurations. Each is checked in its own tool by the JavaScript tests
 * ({@code consent-tests/}, run by {@code .ci/run}); this test writes the portal's for them, with
 * values that hold markup and {@code </script>}, to {@code target/consent-fixture/}.
 */
class ConsentConfigsTest {
  /** Where the JavaScript tests read the configurations written here. */
  private static final Path FIXTURE = Path.of("target", "consent-fixture");

  @Test
  void writesTheThreeConfigurationsWithoutAScriptEnd() throws IOException {
    Compilation compilation =
        compile(
            List.of("-Acookiecharter.languages=fr,en"),
            Fixtures.site("https://www.info-financiere.gouv.fr"),
            Fixtures.portalCookiesInEnglishToo(),
            Fixtures.declaring(
                "org.example.portal.Tricky",
                "  @DeclaredCookie(provider = \"Ads </script><script>window.pwned = 1</script>\",",
                "      service = \"<img src=x onerror=\\\"window.pwned = 2\\\">\",",
                "      purpose = \"Quote \\\" backslash \\\\ line\\u2028separator & <b>bold</b>\",",
                "      category = CookieCategory.THIRD_PARTY)",
                "  @org.cookiecharter.CookieText(language = \"en\",",
                "      service = \"<img src=x onerror=\\\"window.pwned = 3\\\">\",",
                "      purpose = \"</script> in English\")",
                "  static final String TRICKY = \"tricky$.^|x_*\";"));
    assertThat(compilation).succeededWithoutWarnings();

    Files.createDirectories(FIXTURE);
    for (String file :
        List.of(
            CharterResources.KLARO_CONFIG,
            CharterResources.TARTEAUCITRON_SERVICES,
            CharterResources.COOKIECONSENT_CONFIG,
            CharterResources.JSON)) {
      String content = generated(compilation, file);
      assertThat(content.toLowerCase(java.util.Locale.ROOT)).doesNotContain("</script");
      assertThat(content).doesNotContain("\u2028");
      Files.writeString(
          FIXTURE.resolve(file.substring(file.lastIndexOf('/') + 1)),
          content,
          StandardCharsets.UTF_8);
    }
  }
}
