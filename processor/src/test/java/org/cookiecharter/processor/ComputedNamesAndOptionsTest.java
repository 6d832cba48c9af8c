package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.computedCookieName;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names computed at run time, {@code @SuppressWarnings("cookie-charter")}, and the options
 * cookiecharter.computed, cookiecharter.undeclared and cookiecharter.sinks.
 */
class ComputedNamesAndOptionsTest {
  private static final String COMPUTED_MESSAGE = computedCookieName(SERVLET_COOKIE);

  private static final JavaFileObject COMPUTED =
      Stubs.handler(
          "String name = response.toString();", "new jakarta.servlet.http.Cookie(name, \"v\");");

  @Test
  void computedNameIsAWarningByDefault() {
    Compilation compilation = compile(Stubs.withPortal(COMPUTED));

    assertThat(compilation).succeeded();
    assertDiagnostics(compilation, warning(COMPUTED, "Cookie(name", COMPUTED_MESSAGE));
  }

  @Test
  void computedNameIsAnErrorWhenAsked() {
    Compilation compilation =
        compile(List.of("-Acookiecharter.computed=error"), Stubs.withPortal(COMPUTED));

    assertDiagnostics(compilation, error(COMPUTED, "Cookie(name", COMPUTED_MESSAGE));
  }

  @Test
  void computedNameIsIgnoredWhenAsked() {
    Compilation compilation =
        compile(List.of("-Acookiecharter.computed=IGNORE"), Stubs.withPortal(COMPUTED));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void undeclaredCookieIsAWarningWhenAsked() {
    JavaFileObject handler = Stubs.handler("new jakarta.servlet.http.Cookie(\"tracker\", \"v\");");
    Compilation compilation =
        compile(List.of("-Acookiecharter.undeclared=warning"), Stubs.withPortal(handler));

    assertThat(compilation).succeeded();
    assertDiagnostics(
        compilation, warning(handler, "tracker", undeclaredCookie("tracker", SERVLET_COOKIE)));
  }

  @Test
  void suppressWarningsOnAnEnclosingDeclarationSilencesItsCalls() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "class Handler {",
            "  @SuppressWarnings(\"cookie-charter\")",
            "  Object method(String name) {",
            "    Runnable lambda = () -> new Cookie(\"in_lambda\", \"v\");",
            "    return new Cookie(name, \"v\");",
            "  }",
            "  Object local(String name) {",
            "    @SuppressWarnings({\"unchecked\", \"cookie-charter\"})",
            "    Object cookie = new Cookie(\"in_local\", \"v\");",
            "    return cookie;",
            "  }",
            "  @SuppressWarnings(\"cookie-charter\")",
            "  static class Nested {",
            "    Object cookie = new Cookie(\"in_nested_class\", \"v\");",
            "  }",
            "  @SuppressWarnings(\"unchecked\")",
            "  Object other() {",
            "    return new Cookie(\"not_suppressed\", \"v\");",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(handler));

    assertDiagnostics(
        compilation,
        error(handler, "not_suppressed", undeclaredCookie("not_suppressed", SERVLET_COOKIE)));
  }

  @Test
  void customSinksAreCheckedLikeTheBuiltInOnes() {
    JavaFileObject cookies =
        JavaFileObjects.forSourceLines(
            "com.acme.web.Cookies",
            "package com.acme.web;",
            "public final class Cookies {",
            "  public static void set(Object response, String name, String value) {}",
            "  public static final class AcmeCookie {",
            "    public AcmeCookie(String name) {}",
            "  }",
            "}");
    JavaFileObject handler =
        Stubs.handler(
            "com.acme.web.Cookies.set(response, \"acme_tracker\", \"v\");",
            "com.acme.web.Cookies.set(response, PortalCookies.SESSION_ID, \"v\");",
            "new com.acme.web.Cookies.AcmeCookie(\"acme_built\");");
    Compilation compilation =
        compile(
            List.of(
                "-Acookiecharter.sinks=com.acme.web.Cookies#set(1),"
                    + " com.acme.web.Cookies.AcmeCookie#<init>(0)"),
            Stubs.withPortal(cookies, handler));

    assertDiagnostics(
        compilation,
        error(
            handler,
            "acme_tracker",
            undeclaredCookie("acme_tracker", "com.acme.web.Cookies.set(...)")),
        error(
            handler,
            "acme_built",
            undeclaredCookie("acme_built", "new com.acme.web.Cookies.AcmeCookie(...)")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cookiecharter.computed=loud | -Acookiecharter.computed=loud is not valid: use one of"
            + " error, ignore, warning",
        "cookiecharter.undeclared=ignore | -Acookiecharter.undeclared=ignore is not valid: use one"
            + " of error, warning",
        "cookiecharter.sinks=Cookies.set | -Acookiecharter.sinks=Cookies.set is not valid:"
            + " \"Cookies.set\" is not of the form com.example.Type#method(index)",
        "cookiecharter.sinks=a.B#set(x) | -Acookiecharter.sinks=a.B#set(x) is not valid: the index"
            + " of the name argument in \"a.B#set(x)\" must be a number from 0",
        "cookiecharter.sinks=a.B#class(0) | -Acookiecharter.sinks=a.B#class(0) is not valid:"
            + " \"a.B#class(0)\" does not name a type and a method (or <init>)",
        "cookiecharter.registry=no | -Acookiecharter.registry=no is not valid: use one of off, on",
        "cookiecharter.library=yes | -Acookiecharter.library=yes is not valid: use one of false,"
            + " true",
      })
  void invalidOptionIsOneError(String option, String message) {
    Compilation compilation = compile(List.of("-A" + option), Stubs.withPortal());

    assertDiagnostics(compilation, error("[cookie-charter:InvalidOption] " + message));
  }

  /** A misspelt option would change nothing, silently: an error that names the option meant. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cookiecharter.langauges=fr,en | cookiecharter.langauges | -Acookiecharter.langauges=fr,en"
            + " is not an option of cookie-charter, so it would change nothing: did you mean"
            + " -Acookiecharter.languages=fr,en?",
        "cookiecharter.Platform=https://data.example.org | cookiecharter.Platform |"
            + " -Acookiecharter.Platform=https://data.example.org is not an option of"
            + " cookie-charter, so it would change nothing: did you mean"
            + " -Acookiecharter.platform=https://data.example.org?",
        "cookiecharter.requireDurations | cookiecharter.requireDurations |"
            + " -Acookiecharter.requireDurations is not an option of cookie-charter, so it would"
            + " change nothing: did you mean -Acookiecharter.requireDuration?",
        "cookiecharter.session=SID | cookiecharter.session | -Acookiecharter.session=SID is not an"
            + " option of cookie-charter, so it would change nothing: did you mean"
            + " -Acookiecharter.sessionCookie=SID?",
      })
  void anUnknownOptionNamesTheClosestOne(String option, String key, String message) {
    Compilation compilation = compile(List.of("-A" + option), Stubs.withPortal());

    assertDiagnostics(
        compilation,
        error("[cookie-charter:InvalidOption] " + message),
        warning("The following options were not recognized by any processor: '[" + key + "]'"));
  }
}
