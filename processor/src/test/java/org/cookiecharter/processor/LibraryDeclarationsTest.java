package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.JavaFileObjects;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cookies declared in library jars: each library, compiled with the processor and no
 * {@code @CookieCharter}, records its declarations in its jar; the application's compilation finds
 * them on its class path and publishes them with its own, in charter order.
 */
class LibraryDeclarationsTest {
  @TempDir Path work;

  /** A web-commons library: the session and CSRF cookies. */
  private static final JavaFileObject COMMONS =
      Fixtures.declaring(
          "com.acme.commons.CommonCookies",
          "  @DeclaredCookie(provider = \"Acme\", service = \"Log-in\", purpose = \"Session\",",
          "      category = CookieCategory.NECESSARY)",
          "  public static final String SESSION = \"sessionid\";",
          "  @DeclaredCookie(provider = \"Acme\", service = \"API\", purpose = \"CSRF\",",
          "      category = CookieCategory.NECESSARY)",
          "  public static final String CSRF = \"csrftoken\";");

  /** What a library's build passes. */
  private static final List<String> LIBRARY = List.of("-Acookiecharter.library=true");

  /** The application's own cookie, and its charter. */
  private static final JavaFileObject APP_COOKIES =
      Fixtures.declaring(
          "org.example.app.AppCookies",
          "  @DeclaredCookie(provider = \"Example\", service = \"Langue\", purpose = \"Langue\",",
          "      category = CookieCategory.NECESSARY)",
          "  public static final String LANGUAGE = \"django_language\";");

  private static final JavaFileObject APP_SITE =
      Fixtures.site("org.example.app", "platform = \"https://data.example.org\"");

  @Test
  void libraryBuildRecordsItsDeclarationsWithoutADiagnostic() {
    DirectoryCompilation library = compile("commons", List.of(), LIBRARY, COMMONS);

    assertThat(library.success).isTrue();
    assertDiagnostics(library.reported);
    assertThat(library.outputs().keySet())
        .containsExactly(
            "classes/org/cookiecharter/aggregated/Declares_com_acme_commons_CommonCookies.class");
  }

  /** A newcomer's application without its @CookieCharter: told what to add, and where. */
  @Test
  void declarationsWithoutACharterOrTheLibraryOptionAreAWarningThatShowsTheCharterToAdd() {
    DirectoryCompilation library = compile("commons", List.of(), COMMONS);

    assertThat(library.success).isTrue();
    assertDiagnostics(
        library.reported,
        warning(
            "[cookie-charter:NoCharter] this compilation declares cookies (2 with"
                + " @DeclaredCookie) but has no @CookieCharter, so it writes no charter. If it is"
                + " the application that publishes the charter, add a package-info.java such"
                + " as:\n" // javac indents the lines after the first
                + "      @CookieCharter(platform = \"https://...\")\n"
                + "      package com.acme.commons;\n"
                + "      import org.cookiecharter.CookieCharter;\n"
                + "  If it is a library, whose cookies the applications that use it list in their"
                + " charters, say so with -Acookiecharter.library=true"));
    assertThat(library.outputs().keySet())
        .containsExactly(
            "classes/org/cookiecharter/aggregated/Declares_com_acme_commons_CommonCookies.class");
  }

  @Test
  void aLibraryWithACharterIsAnError() {
    DirectoryCompilation library = compile("commons", List.of(), LIBRARY, APP_SITE, COMMONS);

    assertThat(library.success).isFalse();
    assertDiagnostics(
        library.reported,
        error(
            APP_SITE,
            "@CookieCharter",
            "[cookie-charter:InvalidOption] -Acookiecharter.library=true says that this"
                + " compilation is a library, whose cookies the applications that use it publish,"
                + " but this @CookieCharter publishes a charter: remove one of them"));
    assertThat(library.wrote(CharterResources.TEXT)).isFalse();
  }

  @Test
  void applicationCharterListsTheCookiesOfItsLibrariesInCharterOrder() throws Exception {
    Path commons = library("commons", List.of(), COMMONS);
    DirectoryCompilation app = compile("app", List.of(commons), APP_SITE, APP_COOKIES);

    assertDiagnostics(app.reported);
    JsonNode cookies = new ObjectMapper().readTree(app.read(CharterResources.JSON)).get("cookies");
    List<String> rows = new ArrayList<>();
    for (JsonNode cookie : cookies) {
      rows.add(cookie.get("name").asText() + " " + cookie.get("declaredIn").asText());
    }
    // By category, then declaring class by name, then source order.
    assertThat(rows)
        .containsExactly(
            "sessionid com.acme.commons.CommonCookies",
            "csrftoken com.acme.commons.CommonCookies",
            "django_language org.example.app.AppCookies")
        .inOrder();
    assertThat(app.read(CharterResources.TEXT))
        .contains("Acme\tLog-in\tsessionid\tSession\nAcme\tAPI\tcsrftoken\tCSRF\n");
  }

  @Test
  void registryOfTheApplicationFindsALibrarysCookie() throws Exception {
    Path commons = library("commons", List.of(), COMMONS);
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "org.example.app.Consent",
            "package org.example.app;",
            "public final class Consent {",
            "  public static String summary() {",
            "    return CookieRegistry.all().size() + \" \"",
            "        + CookieRegistry.find(\"csrftoken\").orElseThrow().provider();",
            "  }",
            "}");
    DirectoryCompilation app = compile("app", List.of(commons), APP_SITE, APP_COOKIES, user);

    assertDiagnostics(app.reported);
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {app.classOutput.toUri().toURL(), commons.toUri().toURL()},
            LibraryDeclarationsTest.class.getClassLoader())) {
      Object summary =
          loader.loadClass("org.example.app.Consent").getMethod("summary").invoke(null);
      assertThat(summary).isEqualTo("3 Acme");
    }
  }

  @Test
  void callThatNamesALibrarysCookieByALiteralCountsAsDeclared() {
    Path commons = library("commons", List.of(), COMMONS);
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.app.Handler",
            "package org.example.app;",
            "class Handler {",
            "  Object[] cookies() {",
            "    return new Object[] {",
            "      new jakarta.servlet.http.Cookie(\"sessionid\", \"v\"),",
            "      new jakarta.servlet.http.Cookie(com.acme.commons.CommonCookies.CSRF, \"v\"),",
            "      new jakarta.servlet.http.Cookie(\"tracker\", \"v\"),",
            "    };",
            "  }",
            "}");
    DirectoryCompilation app =
        compile(
            "app",
            List.of(commons),
            TestSources.create().withStubs().with(APP_SITE, APP_COOKIES, handler).sources());

    assertDiagnostics(
        app.reported, error(handler, "\"tracker\"", undeclaredCookie("tracker", SERVLET_COOKIE)));
  }

  @Test
  void constantOfALibraryBuiltWithoutTheProcessorIsAnErrorWhereItIsSet() {
    DirectoryCompilation plain = compile("plain", List.of(), List.of("-proc:none"), COMMONS);
    assertThat(plain.success).isTrue();
    Path commons = plain.jar(work.resolve("plain.jar"));
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.app.Handler",
            "package org.example.app;",
            "class Handler {",
            "  Object cookie() {",
            "    return new jakarta.servlet.http.Cookie(com.acme.commons.CommonCookies.CSRF,"
                + " \"v\");",
            "  }",
            "  Object cast() {",
            "    return new jakarta.servlet.http.Cookie(",
            "        (String) (com.acme.commons.CommonCookies.SESSION), \"v\");",
            "  }",
            "}");
    DirectoryCompilation app =
        compile(
            "app",
            List.of(commons),
            TestSources.create().withStubs().with(APP_SITE, APP_COOKIES, handler).sources());

    assertDiagnostics(
        app.reported,
        error(
            handler,
            "CommonCookies.CSRF",
            "[cookie-charter:UnpublishedCookie] cookie \"csrftoken\" is set here by new"
                + " jakarta.servlet.http.Cookie(...) with com.acme.commons.CommonCookies.CSRF, a"
                + " @DeclaredCookie constant of a class on the class path, but the charter does not"
                + " list it: the build of that class did not run cookie-charter's processor, which"
                + " records its declarations for the charter. Put cookie-charter on the processor"
                + " path of that build (-Acookiecharter.undeclared=warning makes this a warning)"),
        error(
            handler,
            "CommonCookies.SESSION",
            "[cookie-charter:UnpublishedCookie] cookie \"sessionid\" is set here by new"
                + " jakarta.servlet.http.Cookie(...) with com.acme.commons.CommonCookies.SESSION,"
                + " a @DeclaredCookie constant of a class on the class path, but the charter does"
                + " not list it: the build of that class did not run cookie-charter's processor,"
                + " which records its declarations for the charter. Put cookie-charter on the"
                + " processor path of that build (-Acookiecharter.undeclared=warning makes this a"
                + " warning)"));
  }

  @Test
  void requireDurationAsksTheApplicationsOwnDeclarationsNotItsLibraries() {
    Path commons = library("commons", List.of(), COMMONS);
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.app.Handler",
            "package org.example.app;",
            "class Handler {",
            "  Object language() {",
            "    return org.springframework.http.ResponseCookie.from(AppCookies.LANGUAGE, \"fr\")",
            "        .maxAge(3600).build();",
            "  }",
            "  Object csrf() {",
            "    return org.springframework.http.ResponseCookie.from(",
            "        com.acme.commons.CommonCookies.CSRF, \"t\").maxAge(3600).build();",
            "  }",
            "}");
    JavaFileObject appCookies =
        Fixtures.declaring(
            "org.example.app.AppCookies",
            "  @DeclaredCookie(provider = \"Example\", service = \"Langue\", purpose = \"Langue\",",
            "      category = CookieCategory.NECESSARY, duration = \"P1Y\")",
            "  public static final String LANGUAGE = \"django_language\";");
    JavaFileObject[] sources =
        TestSources.create().withStubs().with(APP_SITE, appCookies, handler).sources();
    DirectoryCompilation app =
        compile("app", List.of(commons), List.of("-Acookiecharter.requireDuration=true"), sources);

    // No MissingDuration on the library's declarations; the max-age set on one of them is an
    // error, as the charter cannot say how long that cookie lasts.
    assertDiagnostics(
        app.reported,
        error(
            handler,
            "CommonCookies.CSRF",
            "[cookie-charter:UndeclaredLifetime] cookie \"csrftoken\" is set here by"
                + " org.springframework.http.ResponseCookie.from(...) with a max-age of 3600"
                + " seconds (1 hour), but com.acme.commons.CommonCookies.CSRF declares no"
                + " duration, so the charter does not say how long the cookie lasts: add duration"
                + " = \"PT1H\" to its @DeclaredCookie (-Acookiecharter.requireDuration=true makes"
                + " this an error)"));

    // lifetimes=off turns the max-age checks off, whatever requireDuration says.
    DirectoryCompilation unchecked =
        compile(
            "unchecked",
            List.of(commons),
            List.of("-Acookiecharter.requireDuration=true", "-Acookiecharter.lifetimes=off"),
            sources);
    assertDiagnostics(unchecked.reported);
  }

  @Test
  void nameDeclaredByTheApplicationAndALibraryIsAnErrorOnTheApplicationsDeclaration() {
    Path commons = library("commons", List.of(), COMMONS);
    JavaFileObject again =
        Fixtures.declaring(
            "org.example.app.Again",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  public static final String SESSION = \"sessionid\";");
    DirectoryCompilation app = compile("app", List.of(commons), APP_SITE, APP_COOKIES, again);

    assertThat(app.success).isFalse();
    assertDiagnostics(
        app.reported,
        error(
            again,
            "String SESSION",
            "[cookie-charter:DuplicateCookie] cookie \"sessionid\" is declared twice:"
                + " com.acme.commons.CommonCookies.SESSION already declares it. Keep one"
                + " declaration and use its constant everywhere"));
    assertThat(app.wrote(CharterResources.TEXT)).isFalse();
  }

  @Test
  void nameDeclaredByTwoLibrariesIsAnErrorThatNamesBoth() {
    Path commons = library("commons", List.of(), COMMONS);
    Path other =
        library(
            "other",
            List.of(),
            Fixtures.declaring(
                "com.other.OtherCookies",
                "  @DeclaredCookie(provider = \"O\", service = \"S\", purpose = \"U\",",
                "      category = CookieCategory.STATISTICS)",
                "  public static final String SESSION = \"sessionid\";"));
    DirectoryCompilation app = compile("app", List.of(commons, other), APP_SITE, APP_COOKIES);

    assertThat(app.success).isFalse();
    assertDiagnostics(
        app.reported,
        error(
            "[cookie-charter:DuplicateCookie] cookie \"sessionid\" is declared twice on the class"
                + " path, by com.acme.commons.CommonCookies.SESSION and by"
                + " com.other.OtherCookies.SESSION: a library must not declare a cookie that"
                + " another declares. Keep one declaration and use its constant everywhere"));
  }

  @Test
  void libraryOfALibraryReachesTheApplication() throws Exception {
    Path commons = library("commons", List.of(), COMMONS);
    Path analytics =
        library(
            "analytics",
            List.of(commons),
            Fixtures.declaring(
                "com.acme.analytics.AnalyticsCookies",
                "  @DeclaredCookie(provider = \"Acme\", service = \"Stats\", purpose = \"Count\",",
                "      category = CookieCategory.STATISTICS)",
                "  public static final String VISITS = \"_pk_id*\";"));
    DirectoryCompilation app = compile("app", List.of(commons, analytics), APP_SITE, APP_COOKIES);

    assertDiagnostics(app.reported);
    assertThat(app.read(CharterResources.JSON))
        .contains("\"declaredIn\": \"com.acme.analytics.AnalyticsCookies\"");
    assertThat(app.read(CharterResources.JSON))
        .contains("\"declaredIn\": \"com.acme.commons.CommonCookies\"");
  }

  @Test
  void changingOnlyTheLibraryChangesTheApplicationsCharter() throws Exception {
    DirectoryCompilation before =
        compile("app-before", List.of(library("v1", List.of(), COMMONS)), APP_SITE, APP_COOKIES);
    JavaFileObject commonsV2 =
        Fixtures.declaring(
            "com.acme.commons.CommonCookies",
            "  @DeclaredCookie(provider = \"Acme\", service = \"Log-in\", purpose = \"Session\",",
            "      category = CookieCategory.NECESSARY)",
            "  public static final String SESSION = \"sessionid\";",
            "  @DeclaredCookie(provider = \"Acme\", service = \"Banner\", purpose = \"Choice\",",
            "      category = CookieCategory.NECESSARY)",
            "  public static final String CONSENT = \"consent\";");
    DirectoryCompilation after =
        compile("app-after", List.of(library("v2", List.of(), commonsV2)), APP_SITE, APP_COOKIES);

    assertDiagnostics(after.reported);
    assertThat(before.read(CharterResources.TEXT)).contains("\tcsrftoken\t");
    assertThat(before.read(CharterResources.TEXT)).doesNotContain("\tconsent\t");
    assertThat(after.read(CharterResources.TEXT)).doesNotContain("\tcsrftoken\t");
    assertThat(after.read(CharterResources.TEXT)).contains("Acme\tBanner\tconsent\tChoice\n");
  }

  /** Compiles a library with the processor, and packs it as a jar. */
  private Path library(String name, List<Path> classPath, JavaFileObject... sources) {
    DirectoryCompilation library = compile(name, classPath, LIBRARY, sources);
    assertThat(library.success).isTrue();
    return library.jar(work.resolve(name + ".jar"));
  }

  private DirectoryCompilation compile(
      String name, List<Path> classPath, JavaFileObject... sources) {
    return compile(name, classPath, List.of(), sources);
  }

  private DirectoryCompilation compile(
      String name, List<Path> classPath, List<String> options, JavaFileObject... sources) {
    return DirectoryCompilation.compile(work.resolve(name), options, classPath, sources);
  }
}
