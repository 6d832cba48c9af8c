package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every cookie-setting API that cookie-charter knows: a call with an undeclared name is an error on
 * its name argument; the same call with a declared constant compiles without a diagnostic.
 */
class CookieApiCallsTest {
  /** How the message names the call, and the call, with %s for the name. */
  private record Api(String label, String statement) {}

  private static final List<Api> APIS =
      List.of(
          new Api(
              "new jakarta.servlet.http.Cookie(...)",
              "new jakarta.servlet.http.Cookie(%s, \"v\");"),
          new Api(
              "new javax.servlet.http.Cookie(...)", "new javax.servlet.http.Cookie(%s, \"v\");"),
          new Api(
              "org.springframework.http.ResponseCookie.from(...)",
              "org.springframework.http.ResponseCookie.from(%s).path(\"/\").build();"),
          new Api(
              "org.springframework.http.ResponseCookie.from(...)",
              "org.springframework.http.ResponseCookie.from(%s, \"v\").build();"),
          new Api(
              "org.springframework.http.ResponseCookie.fromClientResponse(...)",
              "org.springframework.http.ResponseCookie.fromClientResponse(%s, \"v\");"),
          new Api(
              "org.springframework.web.util.CookieGenerator.setCookieName(...)",
              "new org.springframework.web.util.CookieGenerator().setCookieName(%s);"),
          new Api(
              "org.springframework.security.web.csrf.CookieCsrfTokenRepository"
                  + ".setCookieName(...)",
              "new org.springframework.security.web.csrf.CookieCsrfTokenRepository()"
                  + ".setCookieName(%s);"),
          new Api(
              "org.springframework.security.web.authentication.rememberme"
                  + ".AbstractRememberMeServices.setCookieName(...)",
              "new org.springframework.security.web.authentication.rememberme"
                  + ".TokenBasedRememberMeServices(\"key\", null).setCookieName(%s);"),
          new Api(
              "new jakarta.ws.rs.core.NewCookie(...)",
              "new jakarta.ws.rs.core.NewCookie(%s, \"v\");"),
          new Api(
              "new jakarta.ws.rs.core.NewCookie(...)",
              "new jakarta.ws.rs.core.NewCookie(%s, \"v\", \"/\", null, null, -1, true);"),
          new Api(
              "new jakarta.ws.rs.core.NewCookie.Builder(...)",
              "new jakarta.ws.rs.core.NewCookie.Builder(%s).build();"),
          new Api(
              "new javax.ws.rs.core.NewCookie(...)", "new javax.ws.rs.core.NewCookie(%s, \"v\");"),
          new Api(
              "io.vertx.core.http.Cookie.cookie(...)",
              "io.vertx.core.http.Cookie.cookie(%s, \"v\");"),
          new Api(
              "io.javalin.http.Context.cookie(...)",
              "((io.javalin.http.Context) response).cookie(%s, \"v\");"),
          new Api(
              "io.javalin.http.Context.cookie(...)",
              "((io.javalin.http.Context) response).cookie(%s, \"v\", -1);"),
          new Api("new io.javalin.http.Cookie(...)", "new io.javalin.http.Cookie(%s, \"v\");"),
          new Api(
              "io.micronaut.http.cookie.Cookie.of(...)",
              "io.micronaut.http.cookie.Cookie.of(%s, \"v\");"),
          new Api(
              "new io.netty.handler.codec.http.cookie.DefaultCookie(...)",
              "new io.netty.handler.codec.http.cookie.DefaultCookie(%s, \"v\");"),
          new Api(
              "io.netty.handler.codec.http.cookie.ServerCookieEncoder.encode(...)",
              "io.netty.handler.codec.http.cookie.ServerCookieEncoder.STRICT.encode(%s, \"v\");"),
          new Api(
              "org.eclipse.jetty.http.HttpCookie.from(...)",
              "org.eclipse.jetty.http.HttpCookie.from(%s, \"v\");"),
          new Api(
              "org.eclipse.jetty.http.HttpCookie.build(...)",
              "org.eclipse.jetty.http.HttpCookie.build(%s, \"v\").build();"),
          new Api(
              "new io.undertow.server.handlers.CookieImpl(...)",
              "new io.undertow.server.handlers.CookieImpl(%s);"),
          new Api(
              "new io.undertow.server.handlers.CookieImpl(...)",
              "new io.undertow.server.handlers.CookieImpl(%s, \"v\");"),
          new Api(
              "io.helidon.http.SetCookie.create(...)",
              "io.helidon.http.SetCookie.create(%s, \"v\");"),
          new Api(
              "io.helidon.http.SetCookie.builder(...)",
              "io.helidon.http.SetCookie.builder(%s, \"v\");"));

  private static JavaFileObject undeclaredHandler;
  private static Compilation undeclared;

  /** One handler that calls every API, each with its own undeclared name "undeclared_N". */
  @BeforeAll
  static void compileEveryApiWithAnUndeclaredName() {
    undeclaredHandler =
        Stubs.handler(
            IntStream.range(0, APIS.size())
                .mapToObj(i -> String.format(APIS.get(i).statement(), "\"undeclared_" + i + "\""))
                .toArray(String[]::new));
    undeclared = compile(Stubs.withPortal(undeclaredHandler));
  }

  @Test
  void undeclaredNameIsOneErrorOnTheNameArgumentOfEachCall() {
    assertDiagnostics(
        undeclared,
        IntStream.range(0, APIS.size())
            .mapToObj(
                i ->
                    error(
                        undeclaredHandler,
                        "\"undeclared_" + i + "\"",
                        undeclaredCookie("undeclared_" + i, APIS.get(i).label())))
            .toArray(ExpectedDiagnostics.Expected[]::new));
  }

  @Test
  void everyApiWithADeclaredConstantCompilesWithoutDiagnostics() {
    Compilation compilation =
        compile(
            Stubs.withPortal(
                Stubs.handler(
                    APIS.stream()
                        .map(api -> String.format(api.statement(), "PortalCookies.SESSION_ID"))
                        .toArray(String[]::new))));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void requestSideTypesAndOverloadsWithoutANameAreNotChecked() {
    Compilation compilation =
        compile(
            Stubs.withPortal(
                Stubs.handler(
                    "new jakarta.ws.rs.core.Cookie(\"read1\", \"v\");",
                    "new javax.ws.rs.core.Cookie(\"read2\", \"v\");",
                    "new org.springframework.http.HttpCookie(\"read3\", \"v\");",
                    "new java.net.HttpCookie(\"read4\", \"v\");",
                    "((io.javalin.http.Context) response).cookie(\"read5\");",
                    "new jakarta.ws.rs.core.NewCookie(new jakarta.ws.rs.core.Cookie(\"read6\","
                        + " \"v\"));",
                    "org.eclipse.jetty.http.HttpCookie.from((org.eclipse.jetty.http.HttpCookie)"
                        + " null, \"read7=1\");",
                    "io.netty.handler.codec.http.cookie.ServerCookieEncoder.STRICT.encode(new"
                        + " io.netty.handler.codec.http.cookie.DefaultCookie("
                        + "PortalCookies.CSRF_TOKEN,"
                        + " \"v\"));")));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
