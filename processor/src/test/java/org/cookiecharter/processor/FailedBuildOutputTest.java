package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.cookiecharter.processor.codegen.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with cookie-charter errors publishes no charter, but still generates the registry so that
 * the code that uses it compiles and the errors shown are only the real ones.
 */
class FailedBuildOutputTest {
  @TempDir Path directory;

  @Test
  void invalidDeclarationWritesRegistryButNoCharterFile() {
    DirectoryCompilation compilation =
        DirectoryCompilation.compile(
            directory,
            List.of(),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies(),
            Fixtures.declaring(
                "org.example.portal.Bad",
                "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\","
                    + " category = CookieCategory.NECESSARY) static String X = \"x\";"));

    assertThat(compilation.success).isFalse();
    assertThat(compilation.diagnostics)
        .containsExactly(
            "[cookie-charter:NotAConstant] @DeclaredCookie must be on a static final String"
                + " constant that holds the cookie's name, but org.example.portal.Bad.X is not"
                + " final. Declare it as: static final String X = \"cookie-name\";");
    assertThat(compilation.outputs().keySet())
        .containsExactly(
            "classes/org/example/portal/CookieRegistry.cookies",
            "classes/org/cookiecharter/aggregated/Charter_org_example_portal.class",
            "classes/org/cookiecharter/aggregated/Declares_org_example_portal_PortalCookies.class",
            "generated-sources/org/example/portal/CookieRegistry.java");
  }

  @Test
  void invalidPlatformWritesNoCharterFile() {
    DirectoryCompilation compilation =
        DirectoryCompilation.compile(
            directory,
            List.of(),
            Fixtures.site("ftp://data.example.org"),
            Fixtures.portalCookies());

    assertThat(compilation.success).isFalse();
    assertThat(compilation.diagnostics)
        .containsExactly(
            "[cookie-charter:InvalidPlatform] platform \"ftp://data.example.org\" (from"
                + " @CookieCharter(platform)) is not an absolute http(s) URL: its scheme is ftp,"
                + " not http or https. Write it like \"https://data.example.org\"");
    for (String file :
        List.of(
            CharterResources.TEXT,
            CharterResources.MARKDOWN,
            CharterResources.HTML,
            CharterResources.JSON)) {
      assertThat(compilation.wrote(file)).isFalse();
    }
  }

  /**
   * javac analyses method bodies after annotation processing, when the charter is written: an
   * undeclared cookie at a call fails the build, with the charter files already in the class output
   * (the README says so).
   */
  @Test
  void undeclaredCallFailsTheBuildAfterTheCharterIsWritten() {
    DirectoryCompilation compilation =
        TestSources.create()
            .withStubs()
            .withSite()
            .withPortalCookies()
            .with(Stubs.handler("new jakarta.servlet.http.Cookie(\"tracker\", \"v\");"))
            .compileIn(directory, List.of());

    assertThat(compilation.success).isFalse();
    assertThat(compilation.diagnostics)
        .containsExactly(
            ExpectedDiagnostics.undeclaredCookie("tracker", ExpectedDiagnostics.SERVLET_COOKIE));
    assertThat(compilation.outputs().keySet())
        .containsAtLeast(
            "classes/" + CharterResources.TEXT,
            "classes/" + CharterResources.MARKDOWN,
            "classes/" + CharterResources.HTML,
            "classes/" + CharterResources.JSON);
  }

  @Test
  void validBuildWritesRegistryAndTheCharterFiles() {
    DirectoryCompilation compilation =
        DirectoryCompilation.compile(
            directory,
            List.of(),
            Fixtures.site("https://data.example.org"),
            Fixtures.portalCookies());

    assertThat(compilation.success).isTrue();
    assertThat(compilation.diagnostics).isEmpty();
    assertThat(compilation.outputs().keySet())
        .containsExactly(
            "classes/" + CharterResources.TEXT,
            "classes/" + CharterResources.MARKDOWN,
            "classes/" + CharterResources.HTML,
            "classes/" + CharterResources.STYLESHEET,
            "classes/" + CharterResources.KLARO_CONFIG,
            "classes/" + CharterResources.TARTEAUCITRON_SERVICES,
            "classes/" + CharterResources.COOKIECONSENT_CONFIG,
            "classes/" + CharterResources.JSON,
            "classes/" + OutputWriter.nativeImageConfigPath("org.example.portal"),
            "classes/org/example/portal/CookieRegistry.cookies",
            "classes/org/cookiecharter/aggregated/Charter_org_example_portal.class",
            "classes/org/cookiecharter/aggregated/Declares_org_example_portal_PortalCookies.class",
            "generated-sources/org/example/portal/CookieRegistry.java");
  }
}
