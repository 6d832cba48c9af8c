package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;
import static org.cookiecharter.processor.Compilations.resource;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own templates and prose files ({@code -Acookiecharter.templates=DIR}). */
class SiteTemplatesTest {
  @TempDir Path site;

  private Compilation compileWithSiteTemplates() {
    return compile(
        List.of("-Acookiecharter.templates=" + site),
        Fixtures.site("https://data.example.org"),
        Fixtures.declaring(
            "org.example.portal.Odd",
            "  @DeclaredCookie(provider = \"<b>P</b>\", service = \"S & co\",",
            "      purpose = \"<script>alert(1)</script>\", category = CookieCategory.NECESSARY)",
            "  static final String ODD = \"odd\";"));
  }

  private void write(String name, String... lines) throws IOException {
    Files.writeString(site.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void aSiteTemplateReplacesTheBuiltInOneAndCannotWriteAValueUnescaped() throws IOException {
    write(
        "charte-cookies.html.mustache",
        "<div class=\"policy\" lang=\"{{language}}\"><h1>{{text.title}}</h1>",
        "{{#sections}}<ul>{{#cookies}}<li>{{{provider}}}: {{{purpose}}}</li>{{/cookies}}</ul>"
            + "{{/sections}}</div>");
    Compilation compilation = compileWithSiteTemplates();
    assertThat(compilation).succeededWithoutWarnings();

    Document document = Jsoup.parseBodyFragment(generated(compilation, CharterResources.HTML));
    assertThat(document.select("div.policy h1").text()).isEqualTo("Charte cookies");
    assertThat(document.select("li").eachText())
        .containsExactly("<b>P</b>: <script>alert(1)</script>");
    assertThat(document.select("script, b")).isEmpty();
    // The other formats keep the built-in templates.
    assertThat(generated(compilation, CharterResources.TEXT)).startsWith("Charte cookies\n");
  }

  @Test
  void aSiteProseFileReplacesTheBuiltInWords() throws IOException {
    String french = resource("org/cookiecharter/processor/charter/charte-cookies.fr.properties");
    Files.writeString(
        site.resolve("charte-cookies.fr.properties"),
        french.replace("title=Charte cookies", "title=Politique de cookies"),
        StandardCharsets.UTF_8);
    Compilation compilation = compileWithSiteTemplates();
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(generated(compilation, CharterResources.TEXT)).startsWith("Politique de cookies\n");
  }

  @Test
  void aProseFileWithoutATextIsAnErrorThatNamesIt() throws IOException {
    write("charte-cookies.fr.properties", "title=Cookies");
    Compilation compilation = compileWithSiteTemplates();

    assertDiagnostics(
        compilation,
        error(
            "[cookie-charter:InvalidTemplate] "
                + site.resolve("charte-cookies.fr.properties")
                + ": it has no text category.NECESSARY. The policy is not written: fix the site's"
                + " file, or take it out of -Acookiecharter.templates"));
  }

  @Test
  void aTemplateThatUsesNoVariableIsAnErrorOnItsLine() throws IOException {
    write(
        "charte-cookies.txt.mustache",
        "{{text.title}}",
        "{{#sections}}",
        "{{cookie}}",
        "{{/sections}}");
    Compilation compilation = compileWithSiteTemplates();

    assertDiagnostics(
        compilation,
        error(
            "[cookie-charter:InvalidTemplate] "
                + site.resolve("charte-cookies.txt.mustache")
                + ", line 3: it uses {{cookie}}, which is no variable there. The policy is not"
                + " written: fix the site's template, whose variables cookie-charter's"
                + " docs/outputs.md lists"));
  }

  @Test
  void aTemplateThatDoesNotParseIsAnErrorOnItsLine() throws IOException {
    write("charte-cookies.md.mustache", "# {{text.title}}", "", "{{#sections}}", "{{heading}}");
    Compilation compilation = compileWithSiteTemplates();

    assertThat(compilation).hadErrorCount(1);
    String message = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
    assertThat(message)
        .startsWith(
            "[cookie-charter:InvalidTemplate] "
                + site.resolve("charte-cookies.md.mustache")
                + ", line ");
    assertThat(message).contains(": it does not parse: ");
  }

  @Test
  void aFileThatReplacesNoTemplateIsAnError() throws IOException {
    write("charte-cookie.html.mustache", "typo");
    Compilation compilation = compileWithSiteTemplates();

    assertDiagnostics(
        compilation,
        error(
            "[cookie-charter:InvalidTemplate] "
                + site.resolve("charte-cookie.html.mustache")
                + ": it replaces no template: name it one of [charte-cookies.txt.mustache,"
                + " charte-cookies.md.mustache, charte-cookies.html.mustache, charte-cookies.css,"
                + " charte-cookies.fr.properties, cookie-policy.en.properties]. The policy is not"
                + " written: fix the site's file, or take it out of -Acookiecharter.templates"));
  }

  @Test
  void theOptionNamesAFolder() {
    Compilation compilation =
        compile(
            List.of("-Acookiecharter.templates=" + site.resolve("missing")),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies());

    assertDiagnostics(
        compilation,
        error(
            "[cookie-charter:InvalidOption] -Acookiecharter.templates="
                + site.resolve("missing")
                + " is not valid: it is not a folder"));
  }
}
