package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The platform URL: from {@code @CookieCharter(platform)} or the option, and checked. */
class PlatformTest {
  private static final String OPTION = "-A" + ProcessorOptions.PLATFORM + "=";

  @Test
  void optionOverridesTheAnnotationInEveryOutput() throws Exception {
    Compilation compilation =
        compile(
            List.of(OPTION + "https://opendata.regaz.fr"),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies());
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(generated(compilation, CharterResources.TEXT))
        .contains("A quoi servent les cookies sur la plateforme <https://opendata.regaz.fr>\n");
    assertThat(generated(compilation, CharterResources.JSON))
        .startsWith("{\n  \"platform\": \"https://opendata.regaz.fr\",\n");
    assertThat(
            new CompiledClassLoader(compilation)
                .call("org.example.portal.CookieRegistry", "platform"))
        .isEqualTo("https://opendata.regaz.fr");
  }

  @Test
  void optionAloneSuppliesAnEmptyPlatform() {
    Compilation compilation =
        compile(
            List.of(OPTION + "https://data.artisanat.fr"),
            Fixtures.site("org.example.portal", ""),
            Fixtures.portalCookies());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, CharterResources.TEXT))
        .contains("<https://data.artisanat.fr>");
  }

  @Test
  void emptyOptionCountsAsNotGiven() {
    Compilation compilation =
        compile(
            List.of(OPTION), Fixtures.site("https://data.artisanat.fr"), Fixtures.portalCookies());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, CharterResources.TEXT))
        .contains("<https://data.artisanat.fr>");
  }

  @Test
  void missingPlatformIsAnErrorOnTheAnnotation() {
    JavaFileObject site = Fixtures.site("org.example.portal", "");
    Compilation compilation = compile(site, Fixtures.portalCookies());

    assertDiagnostics(
        compilation,
        error(
            site,
            "@CookieCharter()",
            "[cookie-charter:MissingPlatform] the charter needs the platform's URL: write"
                + " @CookieCharter(platform = \"https://...\") or pass"
                + " -Acookiecharter.platform=https://..."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://data.example.org | its scheme is ftp, not http or https",
        "data.example.org | it has no scheme",
        "https:data.example.org | it has no host (write an internationalised host name in its ASCII"
            + " form)",
        "https://data.example.org/a b | Illegal character in path at index 26",
        "https://data.example.org/<x> | Illegal character in path at index 25",
      })
  void invalidPlatformIsAnErrorOnTheAnnotationValue(String platform, String problem) {
    JavaFileObject site =
        JavaFileObjects.forSourceLines(
            "org.example.portal.package-info",
            "@CookieCharter(",
            "    platform = \"" + platform + "\")",
            "package org.example.portal;",
            "import org.cookiecharter.CookieCharter;");
    Compilation compilation = compile(site, Fixtures.portalCookies());

    assertDiagnostics(
        compilation,
        error(
            site,
            "platform = ",
            "[cookie-charter:InvalidPlatform] platform \""
                + platform
                + "\" (from @CookieCharter(platform)) is not an absolute http(s) URL: "
                + problem
                + ". Write it like \"https://data.example.org\""));
  }

  @Test
  void invalidOptionIsAnErrorThatNamesTheOption() {
    JavaFileObject site = Fixtures.site("https://data.example.org");
    Compilation compilation =
        compile(List.of(OPTION + "javascript:alert(1)"), site, Fixtures.portalCookies());

    assertDiagnostics(
        compilation,
        error(
            site,
            "@CookieCharter",
            "[cookie-charter:InvalidPlatform] platform \"javascript:alert(1)\" (from option"
                + " -Acookiecharter.platform) is not an absolute http(s) URL: its scheme is"
                + " javascript, not http or https. Write it like \"https://data.example.org\""));
  }
}
