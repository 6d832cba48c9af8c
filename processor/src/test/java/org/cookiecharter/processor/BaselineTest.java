package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Acookiecharter.baseline}: the declarations against a committed {@code cookies.json}, the
 * changes in {@code cookie-changes.md} and a {@code CookieListChanged} warning on the charter.
 */
class BaselineTest {
  @TempDir Path folder;

  private static final JavaFileObject SITE = Fixtures.site("https://data.example.org");

  private static final JavaFileObject STATISTICS =
      Fixtures.declaring(
          "org.example.portal.Audience",
          "  @DeclaredCookie(provider = \"Matomo\", service = \"Audience\", purpose = \"Count\","
              + " category = CookieCategory.STATISTICS) static final String VISITS ="
              + " \"_pk_id.*\";");

  private static Compilation compile(List<String> options, JavaFileObject... more) {
    return TestSources.create()
        .with(SITE)
        .withPortalCookies()
        .with(more)
        .withOptions(options)
        .compile();
  }

  /** The portal's cookies.json, as a release committed it. */
  private Path baseline() throws Exception {
    Compilation release = compile(List.of());
    assertThat(release).succeededWithoutWarnings();
    Path file = folder.resolve("cookies.json");
    Files.writeString(file, generated(release, CharterResources.JSON), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theSameListWritesNoChangeAndWarnsOfNothing() throws Exception {
    Compilation compilation = compile(List.of("-Acookiecharter.baseline=" + baseline()));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, CharterResources.CHANGES))
        .isEqualTo("### Cookie list changes\n\nNo change.\n\n**Visitors keep their choice.**\n");
  }

  @Test
  void anAddedStatisticsCookieIsAWarningOnTheCharterAndATable() throws Exception {
    Path baseline = baseline();
    Compilation compilation = compile(List.of("-Acookiecharter.baseline=" + baseline), STATISTICS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[cookie-charter:CookieListChanged] the cookie list changed since the baseline "
                + baseline
                + " (-Acookiecharter.baseline):\n"
                + "  Added (1):\n"
                + "    + _pk_id.* (statistics, Matomo): needs consent, asked again\n"
                + "  Visitors must be asked for consent again.\n"
                + "  The banners ask again about: statistics (consent fingerprint changed).\n"
                + "  Review cookie-changes.md beside the charter, then commit the new cookies.json"
                + " as the baseline")
        .inFile(SITE)
        .onLineContaining("package org.example.portal;");
    assertThat(generated(compilation, CharterResources.CHANGES))
        .isEqualTo(
            "### Cookie list changes\n\n"
                + "| | cookie | category | provider | what changed | consent asked again |\n"
                + "|---|---|---|---|---|---|\n"
                + "| added | \\_pk\\_id\\.\\* | statistics | Matomo |  | yes |\n"
                + "\n**Visitors must be asked for consent again.**\n\n"
                + "The banners ask again about: statistics (consent fingerprint changed).\n");
  }

  /**
   * A site's template shows the list's version: its revision and fingerprints, and the release
   * since which it is so; cookies.json keeps that release for the next build.
   */
  @Test
  void thePolicyShowsSinceWhichReleaseTheListIsWhatItIs() throws Exception {
    Path templates = Files.createDirectories(folder.resolve("templates"));
    Files.writeString(
        templates.resolve("charte-cookies.txt.mustache"),
        "{{#consent.since}}Liste en vigueur depuis la version {{consent.since}}{{/consent.since}}"
            + "{{^consent.since}}Version inconnue{{/consent.since}} ({{consent.revision}}"
            + "{{#consent.fingerprints}}, {{category}} {{fingerprint}}{{/consent.fingerprints}})\n",
        StandardCharsets.UTF_8);
    List<String> options =
        List.of("-Acookiecharter.templates=" + templates, "-Acookiecharter.release=1.4.0");
    Compilation first = compile(options, STATISTICS);
    assertThat(first).succeededWithoutWarnings();
    String revision = revisionOf(generated(first, CharterResources.JSON));
    assertThat(generated(first, CharterResources.TEXT))
        .isEqualTo("Version inconnue (" + revision + ", statistics 3c0a341f179cc1d2)\n");

    Path release = folder.resolve("release-1.4.0.json");
    Files.writeString(release, generated(first, CharterResources.JSON), StandardCharsets.UTF_8);
    // 1.4.0 built again against an older baseline: the list changed in 1.4.0.
    Compilation changed =
        compile(
            List.of(
                "-Acookiecharter.templates=" + templates,
                "-Acookiecharter.release=1.4.0",
                "-Acookiecharter.baseline=" + baseline()),
            STATISTICS);
    assertThat(generated(changed, CharterResources.TEXT))
        .startsWith("Liste en vigueur depuis la version 1.4.0 (");
    assertThat(generated(changed, CharterResources.JSON)).contains("\"since\": \"1.4.0\",\n");
    Files.writeString(release, generated(changed, CharterResources.JSON), StandardCharsets.UTF_8);
    // 1.5.0 changes nothing consent is about: still 1.4.0.
    Compilation unchanged =
        compile(
            List.of(
                "-Acookiecharter.templates=" + templates,
                "-Acookiecharter.release=1.5.0",
                "-Acookiecharter.baseline=" + release),
            STATISTICS);
    assertThat(unchanged).succeededWithoutWarnings();
    assertThat(generated(unchanged, CharterResources.TEXT))
        .isEqualTo(
            "Liste en vigueur depuis la version 1.4.0 ("
                + revision
                + ", statistics 3c0a341f179cc1d2)\n");
  }

  private static String revisionOf(String cookiesJson) {
    java.util.regex.Matcher revision =
        java.util.regex.Pattern.compile("\"revision\": (\\d+),").matcher(cookiesJson);
    assertThat(revision.find()).isTrue();
    return revision.group(1);
  }

  @Test
  void theOptionMakesAChangeAnError() throws Exception {
    Compilation compilation =
        compile(
            List.of(
                "-Acookiecharter.baseline=" + baseline(), "-Acookiecharter.baselineChanges=error"),
            STATISTICS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[cookie-charter:CookieListChanged]");
  }

  @Test
  void aMissingBaselineIsAnErrorThatNamesIt() {
    Path missing = folder.resolve("release").resolve("cookies.json");
    Compilation compilation = compile(List.of("-Acookiecharter.baseline=" + missing));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cookie-charter:InvalidBaseline] cannot read the baseline "
                + missing
                + " (-Acookiecharter.baseline): there is no such file. Give the path of a"
                + " cookies.json that the build wrote, such as a release's, committed")
        .inFile(SITE)
        .onLineContaining("package org.example.portal;");
  }

  @Test
  void aBaselineThatIsNotACookiesJsonIsAnErrorThatSaysWhy() throws Exception {
    Path malformed = folder.resolve("package.json");
    Files.writeString(malformed, "{\"name\": \"portal\"}", StandardCharsets.UTF_8);
    Compilation compilation = compile(List.of("-Acookiecharter.baseline=" + malformed));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cookie-charter:InvalidBaseline] the baseline "
                + malformed
                + " (-Acookiecharter.baseline) is not a cookies.json that cookie-charter wrote:"
                + " no \"cookies\" list. Give the path of one that the build wrote, such as a"
                + " release's, committed");
  }
}
