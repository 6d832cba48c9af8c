package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;

/** A declared name ending in * declares a family: {@code _ga_*} covers {@code "_ga_" + id}. */
class WildcardTest {
  private static final JavaFileObject ANALYTICS =
      Fixtures.declaring(
          "org.example.portal.Analytics",
          "  @DeclaredCookie(provider = \"Google\", service = \"Google Analytics\",",
          "      purpose = \"Distinguer les sessions\", category = CookieCategory.STATISTICS)",
          "  public static final String GA_SESSION = \"_ga_*\";");

  @Test
  void constantPrefixCoveredByAWildcardIsAccepted() {
    Compilation compilation =
        compile(
            Stubs.withPortal(
                ANALYTICS,
                Stubs.handler(
                    "String id = String.valueOf(System.nanoTime());",
                    "new jakarta.servlet.http.Cookie(\"_ga_\" + id, \"v\");",
                    "new jakarta.servlet.http.Cookie(\"_ga_\" + \"G1\" + id, \"v\");",
                    "new jakarta.servlet.http.Cookie(\"_ga_G2\", \"v\");")));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void prefixThatNoWildcardCoversIsAComputedName() {
    JavaFileObject handler =
        Stubs.handler(
            "String id = String.valueOf(System.nanoTime());",
            "new jakarta.servlet.http.Cookie(\"_gb_\" + id, \"v\");",
            "new jakarta.servlet.http.Cookie(\"_g\" + id, \"v\");");
    Compilation compilation = compile(Stubs.withPortal(ANALYTICS, handler));

    assertThat(compilation).succeeded();
    assertDiagnostics(
        compilation,
        warning(handler, "\"_gb_\"", computedAfter("_gb_")),
        warning(handler, "\"_g\" + id", computedAfter("_g")));
  }

  private static String computedAfter(String prefix) {
    return "[cookie-charter:ComputedCookieName] the name of the cookie set here by new"
        + " jakarta.servlet.http.Cookie(...) starts with \""
        + prefix
        + "\", then is computed at run time, so cookie-charter cannot check that it is declared:"
        + " use a @DeclaredCookie constant, or declare its family with a wildcard name, \""
        + prefix
        + "*\". If every name it can take is declared, silence this call with"
        + " @SuppressWarnings(\"cookie-charter\") on the enclosing method"
        + " (-Acookiecharter.computed=ignore turns the check off)";
  }

  @Test
  void literalNameOutsideTheFamilyIsUndeclared() {
    JavaFileObject handler = Stubs.handler("new jakarta.servlet.http.Cookie(\"_ga\", \"v\");");
    Compilation compilation = compile(Stubs.withPortal(ANALYTICS, handler));

    assertDiagnostics(
        compilation, error(handler, "\"_ga\"", undeclaredCookie("_ga", SERVLET_COOKIE)));
  }

  @Test
  void charterShowsThePatternAndTheRegistryFindsMembersOfTheFamily() throws Exception {
    Compilation compilation = TestSources.create().withSite().with(ANALYTICS).compile();
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(generated(compilation, CharterResources.TEXT))
        .contains("\nGoogle\tGoogle Analytics\t_ga_*\tDistinguer les sessions\n");
    assertThat(generated(compilation, CharterResources.MARKDOWN))
        .contains("\n| Google | Google Analytics | \\_ga\\_\\* | Distinguer les sessions |\n");
    assertThat(generated(compilation, CharterResources.JSON)).contains("\"name\": \"_ga_*\"");
    Optional<?> found =
        (Optional<?>)
            new CompiledClassLoader(compilation)
                .call("org.example.portal.CookieRegistry", "find", "_ga_G123");
    assertThat(found.map(cookie -> ((CookieDefinition) cookie).name()))
        .isEqualTo(Optional.of("_ga_*"));
  }
}
