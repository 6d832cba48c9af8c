package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieTranslation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy in English beside the French charter ({@code -Acookiecharter.languages=fr,en}). */
class EnglishPolicyTest {
  private static final String GOLDEN = "golden/english/";

  private static Compilation compilePortal() {
    return compile(
        List.of("-Acookiecharter.languages=fr,en"),
        Fixtures.site("https://www.info-financiere.gouv.fr"),
        Fixtures.portalCookiesInEnglishToo());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        CharterResources.ENGLISH_TEXT,
        CharterResources.ENGLISH_MARKDOWN,
        CharterResources.ENGLISH_HTML,
        CharterResources.JSON,
        CharterResources.COOKIECONSENT_CONFIG
      })
  void englishFileEqualsItsGoldenFile(String path) {
    Compilation compilation = compilePortal();
    assertThat(compilation).succeededWithoutWarnings();

    String name = path.substring(CharterResources.DIRECTORY.length());
    Golden.assertMatches(generated(compilation, path), GOLDEN + name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        CharterResources.TEXT,
        CharterResources.MARKDOWN,
        CharterResources.HTML,
        CharterResources.KLARO_CONFIG,
        CharterResources.TARTEAUCITRON_SERVICES
      })
  void theFrenchFilesAreTheSameAsInAFrenchOnlyBuild(String path) {
    String name = path.substring(CharterResources.DIRECTORY.length());

    Golden.assertMatches(generated(compilePortal(), path), "golden/lifetimes/" + name);
  }

  @Test
  void theEnglishHtmlIsInEnglishAndShowsMarkupAsText() {
    Document document =
        Jsoup.parseBodyFragment(generated(compilePortal(), CharterResources.ENGLISH_HTML));

    assertThat(document.select("section.cookie-charter").attr("lang")).isEqualTo("en");
    assertThat(document.select("table").first().select("thead th").eachText())
        .containsExactly("Provider", "Service", "Cookie name", "Duration", "Purpose")
        .inOrder();
    assertThat(document.select("tbody tr").last().child(4).text())
        .isEqualTo("Measures the videos' audience and suggests <other> videos");
    assertThat(document.select("tbody tr").last().select("other")).isEmpty();
  }

  @Test
  void aFrenchOnlyBuildWritesNoEnglishFile() {
    Compilation compilation =
        TestSources.create()
            .withSite("https://www.info-financiere.gouv.fr")
            .with(Fixtures.portalCookiesInEnglishToo())
            .compile();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.wrote(compilation, CharterResources.ENGLISH_HTML)).isFalse();
    assertThat(Compilations.wrote(compilation, CharterResources.HTML)).isTrue();
  }

  @Test
  void theRegistryHasTheTextsOfEachLanguage() throws Exception {
    @SuppressWarnings("unchecked")
    List<CookieDefinition> all =
        (List<CookieDefinition>)
            new CompiledClassLoader(compilePortal())
                .call("org.example.portal.CookieRegistry", "all");

    CookieDefinition language = all.get(1);
    assertThat(language.purpose()).isEqualTo("Se souvenir de la langue du visiteur");
    assertThat(language.purpose("en")).isEqualTo("Remembers the visitor's language");
    assertThat(language.service("en")).isEqualTo("Language selection (front and back office)");
    assertThat(language.purpose("fr")).isEqualTo("Se souvenir de la langue du visiteur");
    assertThat(language.translations())
        .containsExactly(
            "en",
            new CookieTranslation(
                "Language selection (front and back office)", "Remembers the visitor's language"));
  }

  /** A class with one {@code @DeclaredCookie} of {@code sid} and these more annotations. */
  private static JavaFileObject declaring(String... annotations) {
    List<String> lines = new ArrayList<>();
    lines.add("package org.example;");
    lines.add("import org.cookiecharter.CookieCategory;");
    lines.add("import org.cookiecharter.CookieText;");
    lines.add("import org.cookiecharter.DeclaredCookie;");
    lines.add("class Texts {");
    lines.add(
        "  @DeclaredCookie(provider = \"P\", service = \"Session\", purpose = \"Se souvenir\",");
    lines.add("      category = CookieCategory.NECESSARY)");
    lines.addAll(List.of(annotations));
    lines.add("  static final String SID = \"sid\";");
    lines.add("}");
    return JavaFileObjects.forSourceLines("org.example.Texts", lines);
  }

  private static Compilation compileInTwoLanguages(JavaFileObject source) {
    return compile(
        List.of("-Acookiecharter.languages=fr,en"),
        Fixtures.site("https://data.example.org"),
        source);
  }

  @Test
  void aCookieWithoutTheTextsOfALanguageOfThePolicyIsAnErrorOnItsConstant() {
    JavaFileObject source = declaring();

    assertDiagnostics(
        compileInTwoLanguages(source),
        error(
            source,
            "String SID",
            "[cookie-charter:MissingTranslation] cookie \"sid\" (org.example.Texts.SID) has no"
                + " @CookieText(language = \"en\"), but -Acookiecharter.languages=fr,en writes the"
                + " policy in that language: add @CookieText(language = \"en\", service ="
                + " \"...\", purpose = \"...\") next to its @DeclaredCookie"));
  }

  @Test
  void aTextInALanguageThePolicyIsNotWrittenInIsAnError() {
    JavaFileObject source =
        declaring(
            "  @CookieText(language = \"en\", service = \"Session\", purpose = \"Remember\")",
            "  @CookieText(language = \"de\", service = \"Sitzung\", purpose = \"Merken\")");

    assertDiagnostics(
        compileInTwoLanguages(source),
        error(
            source,
            "String SID", // javac cannot point inside the container it makes of repeated ones
            "[cookie-charter:InvalidTranslation] @CookieText(language = \"de\") of cookie \"sid\""
                + " names a language that cookie-charter does not write the policy in: use one of"
                + " fr, en"));
  }

  @Test
  void aTextWrittenAloneIsReportedOnItsValue() {
    JavaFileObject source =
        declaring(
            "  @CookieText(",
            "      language = \"de\",",
            "      service = \"Sitzung\", purpose = \"Merken\")");

    assertDiagnostics(
        compileInTwoLanguages(source),
        error(
            source,
            "language = \"de\"",
            "[cookie-charter:InvalidTranslation] @CookieText(language = \"de\") of cookie \"sid\""
                + " names a language that cookie-charter does not write the policy in: use one of"
                + " fr, en"));
  }

  @Test
  void aTextInTheDeclarationsOwnLanguageOrTwiceInOneIsAnError() {
    JavaFileObject own =
        declaring(
            "  @CookieText(language = \"en\", service = \"Session\", purpose = \"Remember\")",
            "  @CookieText(language = \"fr\", service = \"Session\", purpose = \"Souvenir\")");
    JavaFileObject twice =
        declaring(
            "  @CookieText(language = \"en\", service = \"Session\", purpose = \"Remember\")",
            "  @CookieText(language = \"EN\", service = \"Log-in\", purpose = \"Remember\")");

    assertDiagnostics(
        compileInTwoLanguages(own),
        error(
            own,
            "String SID",
            "[cookie-charter:InvalidTranslation] @CookieText(language = \"fr\") of cookie \"sid\""
                + " is in the language of its @DeclaredCookie, the first of"
                + " -Acookiecharter.languages=fr,en: the @DeclaredCookie's own service and purpose"
                + " are the texts in that language. Remove the @CookieText, or write the"
                + " @DeclaredCookie in that language"));
    assertDiagnostics(
        compileInTwoLanguages(twice),
        error(
            twice,
            "String SID",
            "[cookie-charter:InvalidTranslation] cookie \"sid\" has two @CookieText(language ="
                + " \"en\"): keep one"));
  }

  @Test
  void aBlankTextIsAnErrorOnTheValue() {
    JavaFileObject source =
        declaring(
            "  @CookieText(language = \"en\", service = \"Session\",", "      purpose = \" \")");

    assertDiagnostics(
        compileInTwoLanguages(source),
        error(
            source,
            "purpose = \" \"",
            "[cookie-charter:BlankValue] @CookieText(language = \"en\", purpose) of cookie"
                + " \"sid\" is blank, but the policy in that language needs it: write the"
                + " cookie's purpose in that language"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr,de | \"de\" is not a language the policy is written in: use fr, en",
        "en,fr,en | \"en\" is given twice",
        "'' | \"\" is not a language the policy is written in: use fr, en",
      })
  void theLanguagesOptionTakesKnownCodesOnce(String value, String why) {
    Compilation compilation =
        compile(
            List.of("-Acookiecharter.languages=" + value + (value.isEmpty() ? "," : "")),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies());

    assertDiagnostics(
        compilation,
        ExpectedDiagnostics.error(
            "[cookie-charter:InvalidOption] -Acookiecharter.languages="
                + value
                + (value.isEmpty() ? "," : "")
                + " is not valid: "
                + why));
  }
}
