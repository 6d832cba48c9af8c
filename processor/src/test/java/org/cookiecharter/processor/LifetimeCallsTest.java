package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.fourHundredDaysOnLanguage;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A constant max-age set in code, checked against the declared duration, for every API that sets
 * one: the code must not outlive the declaration.
 */
class LifetimeCallsTest {
  private static final String SERVLET = "((jakarta.servlet.http.HttpServletResponse) response)";
  private static final String JAVALIN = "((io.javalin.http.Context) response)";

  /** The stubs, the portal whose cookies declare lifetimes, its site, then {@code sources}. */
  private static JavaFileObject[] portal(JavaFileObject... sources) {
    return TestSources.create()
        .withStubs()
        .withSite()
        .withPortalLifetimes()
        .with(sources)
        .sources();
  }

  @Test
  void aMaxAgeLongerThanTheDeclarationIsAnErrorOnTheMaxAgeInEveryApi() {
    JavaFileObject handler =
        Stubs.handler(
            "jakarta.servlet.http.Cookie c1 = new"
                + " jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"fr\");",
            "c1.setPath(\"/\");",
            "c1.setMaxAge(60 * 60 * 24 * 400);",
            SERVLET + ".addCookie(c1);",
            "javax.servlet.http.Cookie c2 = new javax.servlet.http.Cookie(PortalCookies.LANGUAGE,"
                + " \"fr\");",
            "c2.setMaxAge((int) java.util.concurrent.TimeUnit.DAYS.toSeconds(400));",
            "((javax.servlet.http.HttpServletResponse) response).addCookie(c2);",
            "org.springframework.http.ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\")",
            "    .path(\"/\").maxAge(34_560_000L).build();",
            "org.springframework.http.ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(java.time.Duration.ofDays(400)).build();",
            "new jakarta.ws.rs.core.NewCookie(PortalCookies.LANGUAGE, \"fr\", \"/\", null, null,"
                + " 400 * 86400, true);",
            "new javax.ws.rs.core.NewCookie(PortalCookies.LANGUAGE, \"fr\", \"/\", null, 1, null,"
                + " 400 * 86_400, true);",
            "new jakarta.ws.rs.core.NewCookie.Builder(PortalCookies.LANGUAGE).path(\"/\")",
            "    .maxAge((int) java.time.Duration.ofDays(400).getSeconds()).build();",
            JAVALIN + ".cookie(PortalCookies.LANGUAGE, \"fr\", 34560000);",
            "io.javalin.http.Cookie j = new io.javalin.http.Cookie(PortalCookies.LANGUAGE,"
                + " \"fr\");",
            "j.setMaxAge(Math.toIntExact(java.time.Duration.ofHours(9600).toSeconds()));",
            JAVALIN + ".cookie(j);",
            "io.vertx.core.http.Cookie.cookie(PortalCookies.LANGUAGE, \"fr\")",
            "    .setMaxAge(java.time.Duration.ofDays(400).getSeconds());",
            "io.netty.handler.codec.http.cookie.DefaultCookie n =",
            "    new io.netty.handler.codec.http.cookie.DefaultCookie(PortalCookies.LANGUAGE,"
                + " \"fr\");",
            "n.setMaxAge(java.time.temporal.ChronoUnit.DAYS.getDuration().multipliedBy(400)"
                + ".getSeconds());",
            "io.netty.handler.codec.http.cookie.ServerCookieEncoder.STRICT.encode(n);",
            "io.helidon.http.SetCookie.builder(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(java.time.Duration.of(400, java.time.temporal.ChronoUnit.DAYS)).build();",
            "io.helidon.common.http.SetCookie.builder(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(java.time.Duration.ofHours(24 * 400)).build();",
            "org.eclipse.jetty.http.HttpCookie.build(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(34560000L + 0).build();",
            "io.micronaut.http.cookie.Cookie.of(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(java.time.Duration.ofMinutes(576000));",
            "new io.undertow.server.handlers.CookieImpl(PortalCookies.LANGUAGE, \"fr\")",
            "    .setMaxAge(34560000);",
            SERVLET
                + ".addHeader(\"Set-Cookie\", \"django_language=fr; Max-Age=34560000; Path=/\");",
            "String lang = String.valueOf(System.nanoTime());",
            SERVLET
                + ".addHeader(\"Set-Cookie\", \"django_language=fr; Max-Age=\" + 60 * 60 * 24 *"
                + " 400);",
            SERVLET
                + ".addHeader(\"Set-Cookie\", \"django_language=fr; Max-Age=60; Max-Age=\" +"
                + " (86400L * 400));",
            "new io.javalin.http.Cookie(PortalCookies.LANGUAGE, \"fr\", \"/\", 34_560_000);",
            SERVLET
                + ".setHeader(\"Set-Cookie\", \"django_language=\" + lang + \"; max-age ="
                + " 34560000\");");
    Compilation compilation = compile(portal(handler));

    assertDiagnostics(
        compilation,
        fourHundredDaysOnLanguage(handler, "c1.setMaxAge", "new jakarta.servlet.http.Cookie(...)"),
        fourHundredDaysOnLanguage(handler, "c2.setMaxAge", "new javax.servlet.http.Cookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "maxAge(34_560_000L)", "org.springframework.http.ResponseCookie.from(...)"),
        fourHundredDaysOnLanguage(
            handler,
            "maxAge(java.time.Duration.ofDays(400))",
            "org.springframework.http.ResponseCookie.from(...)"),
        fourHundredDaysOnLanguage(handler, "400 * 86400", "new jakarta.ws.rs.core.NewCookie(...)"),
        fourHundredDaysOnLanguage(handler, "400 * 86_400", "new javax.ws.rs.core.NewCookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "getSeconds()).build()", "new jakarta.ws.rs.core.NewCookie.Builder(...)"),
        fourHundredDaysOnLanguage(
            handler, "\"fr\", 34560000)", "io.javalin.http.Context.cookie(...)"),
        fourHundredDaysOnLanguage(handler, "j.setMaxAge", "new io.javalin.http.Cookie(...)"),
        fourHundredDaysOnLanguage(
            handler,
            ".setMaxAge(java.time.Duration.ofDays(400).getSeconds())",
            "io.vertx.core.http.Cookie.cookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "n.setMaxAge", "new io.netty.handler.codec.http.cookie.DefaultCookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "ChronoUnit.DAYS)).build()", "io.helidon.http.SetCookie.builder(...)"),
        fourHundredDaysOnLanguage(
            handler, "ofHours(24 * 400)", "io.helidon.common.http.SetCookie.builder(...)"),
        fourHundredDaysOnLanguage(
            handler, "maxAge(34560000L + 0)", "org.eclipse.jetty.http.HttpCookie.build(...)"),
        fourHundredDaysOnLanguage(
            handler, "ofMinutes(576000)", "io.micronaut.http.cookie.Cookie.of(...)"),
        fourHundredDaysOnLanguage(
            handler, ".setMaxAge(34560000)", "new io.undertow.server.handlers.CookieImpl(...)"),
        fourHundredDaysOnLanguage(
            handler,
            "Max-Age=34560000; Path=/",
            "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.addHeader(...)"),
        fourHundredDaysOnLanguage(
            handler,
            "max-age = 34560000",
            "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.setHeader(...)"),
        fourHundredDaysOnLanguage(
            handler,
            "Max-Age=\" + 60 * 60 * 24 * 400",
            "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.addHeader(...)"),
        fourHundredDaysOnLanguage(
            handler,
            "Max-Age=60; Max-Age=",
            "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.addHeader(...)"),
        fourHundredDaysOnLanguage(handler, "\"/\", 34_560_000", "new io.javalin.http.Cookie(...)"));
  }

  @Test
  void maxAgesWithinTheDeclarationDeletionsAndComputedOnesAreNotReported() {
    JavaFileObject handler =
        Stubs.handler(
            "long computed = System.nanoTime();",
            // 14 days: exactly the declared P14D
            "org.springframework.http.ResponseCookie.from(PortalCookies.SESSION_ID, \"s\")"
                + ".maxAge(java.time.Duration.ofDays(14)).build();",
            // 365 days, within P12M (12 average months: 365.2425 days)
            "org.springframework.http.ResponseCookie.from(PortalCookies.CSRF_TOKEN, \"t\")"
                + ".maxAge(365L * 24 * 3600).build();",
            // 395 days, within P13M, on a name that the wildcard _pk_id.* declares
            "org.springframework.http.ResponseCookie.from(\"_pk_id.1.a1b2\", \"v\")"
                + ".maxAge(java.time.Duration.ofDays(395)).build();",
            // deletions and session cookies
            "org.springframework.http.ResponseCookie.from(PortalCookies.LANGUAGE, \"\")"
                + ".maxAge(0).build();",
            JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", -1);",
            // computed at run time
            "org.springframework.http.ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\")"
                + ".maxAge(computed).build();",
            SERVLET + ".addHeader(\"Set-Cookie\", \"django_language=fr; Max-Age=\" + computed);",
            // negative at run time: int arithmetic and casts wrap as Java does
            JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", (short) 65535);",
            JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", -Integer.MIN_VALUE);",
            JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", 60 * 60 * 24 * 365 * 100);",
            // a browser keeps the last Max-Age
            SERVLET + ".addHeader(\"Set-Cookie\", \"form_token=f; Max-Age=60; Max-Age=0\");",
            // the variable is assigned another cookie: which one gets the max-age needs the flow
            "jakarta.servlet.http.Cookie c = new"
                + " jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"fr\");",
            SERVLET + ".addCookie(c);",
            "c = new jakarta.servlet.http.Cookie(\"form_token\", \"f\");",
            "c.setMaxAge(400 * 86400);",
            SERVLET + ".addCookie(c);");
    Compilation compilation = compile(portal(handler));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aMaxAgeOnASessionCookieIsAnError() {
    JavaFileObject handler =
        Stubs.handler(JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", 1800);");
    Compilation compilation = compile(portal(handler));

    assertDiagnostics(
        compilation,
        error(
            handler,
            "1800",
            "[cookie-charter:LifetimeExceedsDeclaration] cookie \"form_token\" is set here by"
                + " io.javalin.http.Context.cookie(...) with a max-age of 1800 seconds (30"
                + " minutes), but org.example.portal.PortalCookies.FORM_TOKEN declares a session"
                + " cookie (duration = \"session\"), deleted when the browser closes: remove the"
                + " max-age, or declare duration = \"PT30M\", which the charter then shows"));
  }

  @Test
  void aMaxAgeOnACookieWithoutDurationProposesOne() {
    JavaFileObject handler =
        Stubs.handler(
            JAVALIN + ".cookie(PortalCookies.YOUTUBE, \"y\", 60 * 60 * 24 * 180);",
            JAVALIN + ".cookie(PortalCookies.YOUTUBE, \"y\", 5400);");
    String expected =
        "[cookie-charter:UndeclaredLifetime] cookie \"VISITOR_INFO1_LIVE\" is set here by"
            + " io.javalin.http.Context.cookie(...) with a max-age of %d seconds (%s), but"
            + " org.example.portal.PortalCookies.YOUTUBE declares no duration, so the charter does"
            + " not say how long the cookie lasts: add duration = \"%s\" to its @DeclaredCookie"
            + " (-Acookiecharter.requireDuration=true makes this an error)";

    assertDiagnostics(
        compile(portal(handler)),
        warning(handler, "180", String.format(expected, 15552000, "180 days", "P180D")),
        warning(
            handler, "5400", String.format(expected, 5400, "1 hour and 30 minutes", "PT1H30M")));
  }

  @Test
  void aFamilysLifetimeBindsTheNamesItCovers() {
    JavaFileObject handler =
        Stubs.handler(
            "String site = String.valueOf(System.nanoTime());",
            "org.springframework.http.ResponseCookie.from(\"_pk_id.\" + site, \"v\")",
            "    .maxAge(java.time.Duration.ofDays(400)).build();",
            "org.springframework.http.ResponseCookie.from(\"_pk_ses.1\", \"v\")",
            "    .maxAge(java.time.Duration.ofMinutes(30)).build();");
    Compilation compilation = compile(portal(handler));

    assertDiagnostics(
        compilation,
        error(
            handler,
            "ofDays(400)",
            "[cookie-charter:LifetimeExceedsDeclaration] cookie \"_pk_id.*\" is set here by"
                + " org.springframework.http.ResponseCookie.from(...) with a max-age of 34560000"
                + " seconds (400 days), longer than the duration that"
                + " org.example.portal.PortalCookies.VISITOR declares, \"P13M\" (13 months, about"
                + " 34186698 seconds): shorten the max-age, or declare the duration it lasts, which"
                + " the charter then shows"));
  }

  @ParameterizedTest(name = "{0} first")
  @ValueSource(strings = {"org.example.web.Durations", "org.example.web.Handler"})
  void aConstantOfAnotherClassCountsWhicheverJavacAnalysesFirst(String first) {
    JavaFileObject durations =
        JavaFileObjects.forSourceLines(
            "org.example.web.Durations",
            "package org.example.web;",
            "final class Durations {",
            "  static final java.time.Duration LONG = java.time.Duration.ofDays(400);",
            "  static final long SECONDS = LONG.getSeconds();",
            "}");
    JavaFileObject handler =
        Stubs.handler(
            "org.springframework.http.ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\")",
            "    .maxAge(Durations.LONG).build();",
            JAVALIN + ".cookie(PortalCookies.LANGUAGE, \"fr\", (int) Durations.SECONDS);");
    JavaFileObject[] sources =
        first.endsWith("Durations") ? portal(durations, handler) : portal(handler, durations);

    assertDiagnostics(
        compile(sources),
        fourHundredDaysOnLanguage(
            handler, "maxAge(Durations.LONG)", "org.springframework.http.ResponseCookie.from(...)"),
        fourHundredDaysOnLanguage(
            handler, "Durations.SECONDS", "io.javalin.http.Context.cookie(...)"));
  }

  @Test
  void theCheckCanBeTurnedOff() {
    JavaFileObject handler =
        Stubs.handler(
            JAVALIN + ".cookie(PortalCookies.FORM_TOKEN, \"f\", 1800);",
            JAVALIN + ".cookie(PortalCookies.LANGUAGE, \"fr\", 400 * 86400);",
            JAVALIN + ".cookie(PortalCookies.YOUTUBE, \"y\", 5400);");

    assertThat(compile(List.of("-Acookiecharter.lifetimes=off"), portal(handler)))
        .succeededWithoutWarnings();
  }

  @Test
  void constantsOfTheSourcesAreFollowedAndSuppressWarningsSilencesTheCheck() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.web.Remember",
            "package org.example.web;",
            "import java.time.Duration;",
            "import org.example.portal.PortalCookies;",
            "import org.springframework.http.ResponseCookie;",
            "class Remember {",
            "  static final Duration LONG = Duration.ofDays(200).plusDays(200);",
            "  static final int DAYS = 400;",
            "  Object remember() {",
            "    return ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\").maxAge(LONG).build();",
            "  }",
            "  Object days() {",
            "    return ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\")",
            "        .maxAge(Duration.ofDays(DAYS)).build();",
            "  }",
            "  @SuppressWarnings(\"cookie-charter\")",
            "  Object silenced() {",
            "    return ResponseCookie.from(PortalCookies.LANGUAGE, \"fr\").maxAge(Remember.LONG)"
                + ".build();",
            "  }",
            "}");
    Compilation compilation = compile(portal(source));

    String call = "org.springframework.http.ResponseCookie.from(...)";
    assertDiagnostics(
        compilation,
        fourHundredDaysOnLanguage(source, "maxAge(LONG)", call),
        fourHundredDaysOnLanguage(source, "ofDays(DAYS)", call));
  }
}
