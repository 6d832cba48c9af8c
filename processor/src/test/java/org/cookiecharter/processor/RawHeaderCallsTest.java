package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.computedCookieName;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code Set-Cookie} written as a raw header: the cookie's name is the value's text before =. */
class RawHeaderCallsTest {
  private static final String SERVLET = "((jakarta.servlet.http.HttpServletResponse) response)";
  private static final String SPRING = "new org.springframework.http.HttpHeaders()";

  @Test
  void setCookieHeaderWithAnUndeclaredNameIsAnErrorOnItsValue() {
    JavaFileObject handler =
        Stubs.handler(
            SERVLET + ".addHeader(\"Set-Cookie\", \"raw_1=1; Path=/\");",
            SERVLET + ".setHeader(\"set-cookie\", \"raw_2=\" + System.nanoTime());",
            "((javax.servlet.http.HttpServletResponse) response).addHeader(\"Set-Cookie\","
                + " \"raw_3=1\");",
            SPRING + ".add(org.springframework.http.HttpHeaders.SET_COOKIE, \"raw_4=1\");",
            SPRING + ".set(\"Set-Cookie\", \"raw_5 = 1\");",
            "org.springframework.http.ResponseEntity.ok()",
            "    .header(\"Set-Cookie\", \"sessionid=1\", \"raw_6=2\").body(\"\");");
    Compilation compilation = compile(Stubs.withPortal(handler));

    assertDiagnostics(
        compilation,
        undeclared(handler, "raw_1", "jakarta.servlet.http.HttpServletResponse.addHeader(...)"),
        undeclared(handler, "raw_2", "jakarta.servlet.http.HttpServletResponse.setHeader(...)"),
        undeclared(handler, "raw_3", "javax.servlet.http.HttpServletResponse.addHeader(...)"),
        undeclared(handler, "raw_4", "org.springframework.http.HttpHeaders.add(...)"),
        undeclared(handler, "raw_5", "org.springframework.http.HttpHeaders.set(...)"),
        undeclared(
            handler,
            "raw_6",
            "org.springframework.http.ResponseEntity.HeadersBuilder.header(...)"));
  }

  @Test
  void declaredNamesOtherHeadersAndComputedValuesAreNotReported() {
    Compilation compilation =
        compile(
            Stubs.withPortal(
                Stubs.handler(
                    "String token = String.valueOf(System.nanoTime());",
                    SERVLET
                        + ".addHeader(\"Set-Cookie\", PortalCookies.SESSION_ID + \"=\" + token);",
                    SERVLET + ".addHeader(\"Set-Cookie\", \"csrftoken=abc; HttpOnly\");",
                    // A computed value is a cookie built by a checked API:
                    // ResponseCookie.toString().
                    SPRING
                        + ".add(\"Set-Cookie\", org.springframework.http.ResponseCookie"
                        + ".from(PortalCookies.LANGUAGE, \"fr\").build().toString());",
                    SERVLET + ".addHeader(\"Cache-Control\", \"max-age=0\");",
                    SERVLET + ".addHeader(token, \"other=1\");")));

    assertThat(compilation).succeededWithoutWarnings();
  }

  private static ExpectedDiagnostics.Expected undeclared(
      JavaFileObject handler, String name, String call) {
    return error(handler, name, undeclaredCookie(name, "a Set-Cookie header, " + call));
  }

  /**
   * A value built from a name that is not a constant, by concatenation or a {@code StringBuilder},
   * is a computed name; a buffer made in one chain, and a local variable that is only initialized,
   * give their text, whose name is checked.
   */
  @Test
  void aValueBuiltFromAComputedNameIsAComputedNameAndBuiltTextsAreRead() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import org.example.portal.PortalCookies;",
            "class Handler {",
            "  void concatenated(HttpServletResponse response, String name, String v) {",
            "    response.addHeader(\"Set-Cookie\", name + \"=\" + v + \"; Path=/\");",
            "  }",
            "  void built(HttpServletResponse response, String name, String v) {",
            "    response.addHeader(",
            "        \"Set-Cookie\", new StringBuilder(name).append('=').append(v).toString());",
            "  }",
            "  void handedIn(HttpServletResponse response, String header) {",
            "    response.addHeader(\"Set-Cookie\", header); // handed in",
            "  }",
            "  void builtWithAConstant(HttpServletResponse response, String v) {",
            "    response.addHeader(",
            "        \"Set-Cookie\", new"
                + " StringBuilder(\"sb_tracker\").append('=').append(v).toString());",
            "  }",
            "  void local(HttpServletResponse response, String v) {",
            "    String header = \"local_tracker=\" + v;",
            "    response.addHeader(\"Set-Cookie\", header); // local",
            "  }",
            "  void declared(HttpServletResponse response, String v) {",
            "    String header = PortalCookies.SESSION_ID + \"=\" + v;",
            "    response.addHeader(\"Set-Cookie\", new"
                + " StringBuilder().append(header).toString());",
            "  }",
            "  void reassigned(HttpServletResponse response, String v) {",
            "    String header = \"sessionid=\" + v;",
            "    header = v;",
            "    response.addHeader(\"Set-Cookie\", header); // reassigned",
            "  }",
            "}");
    String addHeader = "jakarta.servlet.http.HttpServletResponse.addHeader(...)";

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        computed(handler, "name + \"=\"", addHeader),
        computed(handler, "new StringBuilder(name)", addHeader),
        computed(handler, "// handed in", addHeader),
        computed(handler, "// reassigned", addHeader),
        undeclared(handler, "sb_tracker", addHeader),
        error(
            handler,
            "// local",
            undeclaredCookie("local_tracker", "a Set-Cookie header, " + addHeader)));
  }

  private static ExpectedDiagnostics.Expected computed(
      JavaFileObject handler, String line, String call) {
    return warning(handler, line, computedCookieName("a Set-Cookie header, " + call));
  }
}
