package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;

/** The generated {@code CookieRegistry}, compiled against and called from user code. */
class RegistryTest {
  private static final String REGISTRY = "org.example.portal.CookieRegistry";

  /** User code in the same compilation that uses the registry it causes to be generated. */
  private static final javax.tools.JavaFileObject CONSENT_BANNER =
      JavaFileObjects.forSourceString(
          "org.example.portal.ConsentBanner",
          """
          package org.example.portal;

          import java.util.stream.Collectors;
          import org.cookiecharter.CookieDefinition;

          public final class ConsentBanner {
            public static String summary() {
              return CookieRegistry.platform() + " "
                  + CookieRegistry.all().stream()
                      .map(c -> c.name() + (c.requiresConsent() ? "?" : "!"))
                      .collect(Collectors.joining(","))
                  + " " + CookieRegistry.isDeclared(PortalCookies.CSRF_TOKEN)
                  + " " + CookieRegistry.find("sessionid")
                      .map(CookieDefinition::service)
                      .orElse("-");
            }
          }
          """);

  private static CompiledClassLoader compiledPortal() {
    Compilation compilation =
        TestSources.create()
            .withSite("https://data.artisanat.fr")
            .withPortalCookies()
            .with(CONSENT_BANNER)
            .compile();
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClassLoader(compilation);
  }

  @Test
  void userCodeCompilesAgainstTheRegistryAndReadsIt() throws Exception {
    Object summary = compiledPortal().call("org.example.portal.ConsentBanner", "summary");

    assertThat(summary)
        .isEqualTo(
            "https://data.artisanat.fr sessionid!,django_language!,csrftoken!,cookies_preferences!"
                + " true Authentification (front et back office)");
  }

  /** A charter on a class of the unnamed package: the registry has no package line. */
  @Test
  void aSiteInTheUnnamedPackageHasItsRegistryThere() throws Exception {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "Site",
                "import org.cookiecharter.CookieCategory;",
                "import org.cookiecharter.CookieCharter;",
                "import org.cookiecharter.DeclaredCookie;",
                "@CookieCharter(platform = \"https://example.org\")",
                "final class Site {",
                Fixtures.cookie("SESSION", "sessionid", "NECESSARY"),
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String source =
        compilation
            .generatedSourceFile("CookieRegistry")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(source.lines().limit(3).toList())
        .containsExactly(
            "import java.io.IOException;",
            "import java.io.InputStream;",
            "import java.io.UncheckedIOException;")
        .inOrder();
    assertThat(source)
        .contains("  private static final String PLATFORM = \"https://example.org\";\n");
    assertThat(source).contains("      return CookieIndex.read(in, \"CookieRegistry.cookies\");\n");
    CompiledClassLoader site = new CompiledClassLoader(compilation);
    assertThat(site.call("CookieRegistry", "platform")).isEqualTo("https://example.org");
    assertThat(site.call("CookieRegistry", "isDeclared", "sessionid")).isEqualTo(true);
  }

  @Test
  void allReturnsEveryDeclaredCookieWithItsValuesInCharterOrder() throws Exception {
    Object all = compiledPortal().call(REGISTRY, "all");

    assertThat(all)
        .isEqualTo(
            List.of(
                new CookieDefinition(
                    "sessionid",
                    "Opendatasoft",
                    "Authentification (front et back office)",
                    "Se souvenir de l'utilisateur d'une page à une autre.",
                    CookieCategory.NECESSARY),
                new CookieDefinition(
                    "django_language",
                    "Opendatasoft",
                    "Sélection de la langue (front et back office)",
                    "Se souvenir de la langue du visiteur",
                    CookieCategory.NECESSARY),
                new CookieDefinition(
                    "csrftoken",
                    "Opendatasoft",
                    "API (CSRF) (front et back office)",
                    "Récupérer des données via des appels API",
                    CookieCategory.NECESSARY),
                new CookieDefinition(
                    "cookies_preferences",
                    "Opendatasoft",
                    "Choix concernant vos préférences sur les cookies",
                    "Se souvenir du choix opéré par le visiteur concernant les cookies",
                    CookieCategory.NECESSARY)));
  }

  @Test
  void allIsUnmodifiable() throws Exception {
    @SuppressWarnings("unchecked")
    List<CookieDefinition> all = (List<CookieDefinition>) compiledPortal().call(REGISTRY, "all");

    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void findAndIsDeclaredLookUpExactNames() throws Exception {
    CompiledClassLoader portal = compiledPortal();

    Optional<?> found = (Optional<?>) portal.call(REGISTRY, "find", "django_language");
    assertThat(found.map(cookie -> ((CookieDefinition) cookie).purpose()))
        .isEqualTo(Optional.of("Se souvenir de la langue du visiteur"));
    assertThat(portal.call(REGISTRY, "find", "DJANGO_LANGUAGE")).isEqualTo(Optional.empty());
    assertThat(portal.call(REGISTRY, "isDeclared", "csrftoken")).isEqualTo(true);
    assertThat(portal.call(REGISTRY, "isDeclared", "_ga")).isEqualTo(false);
    assertThat(portal.call(REGISTRY, "platform")).isEqualTo("https://data.artisanat.fr");
  }

  @Test
  void findRejectsNull() throws Exception {
    CompiledClassLoader portal = compiledPortal();
    var find = portal.loadClass(REGISTRY).getMethod("find", String.class);

    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> find.invoke(null, (Object) null));
    assertThat(thrown).hasCauseThat().isInstanceOf(NullPointerException.class);
  }

  @Test
  void registryGoesInThePackageOfTheAnnotatedType() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "com.acme.site.Application",
                "package com.acme.site;",
                "",
                "@org.cookiecharter.CookieCharter(platform = \"https://acme.example\")",
                "public class Application {}"),
            Fixtures.portalCookies());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.site.CookieRegistry");
  }
}
