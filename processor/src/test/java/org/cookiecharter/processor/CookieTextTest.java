package org.cookiecharter.processor;

import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A cookie object's {@code Set-Cookie} text ({@code ResponseCookie.toString()}, Vert.x's {@code
 * Cookie.encode()}) is the cookie: where the text goes into a header, a response, a return value, a
 * field or any call, the object has set its cookie. Dropped, or only compared, the text sets
 * nothing, as a getter's value does not.
 */
class CookieTextTest {
  private static final String FROM = "org.springframework.http.ResponseCookie.from(...)";

  @Test
  void aCookiesTextThatGoesAnywhereSetsItsCookie() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import io.vertx.core.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import org.springframework.http.HttpHeaders;",
            "import org.springframework.http.ResponseCookie;",
            "import org.springframework.http.ResponseEntity;",
            "class Handler {",
            "  String stored;",
            "  void header(HttpServletResponse response, String v) {",
            "    ResponseCookie c = ResponseCookie.from(\"theme\", v).build();",
            "    response.addHeader(HttpHeaders.SET_COOKIE, c.toString());",
            "  }",
            "  void inline(HttpServletResponse response, String v) {",
            "    response.addHeader(HttpHeaders.SET_COOKIE,",
            "        ResponseCookie.from(\"inline\", v).build().toString());",
            "  }",
            "  Object entity(String v) {",
            "    ResponseCookie c = ResponseCookie.from(\"entity\", v).path(\"/\").build();",
            "    return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, c.toString()).body(v);",
            "  }",
            "  String returned(String v) {",
            "    ResponseCookie c = ResponseCookie.from(\"returned\", v).build();",
            "    return c.toString();",
            "  }",
            "  void viaLocal(HttpServletResponse response, String v) {",
            "    String header = ResponseCookie.from(\"via_local\", v).build().toString();",
            "    response.setHeader(\"Set-Cookie\", header.trim());",
            "  }",
            "  void field(String v) {",
            "    stored = ResponseCookie.from(\"field\", v).build().toString();",
            "  }",
            "  void vertx(HttpServletResponse response) {",
            "    response.addHeader(\"Set-Cookie\", Cookie.cookie(\"vertx\", \"v\").encode());",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(handler, "\"theme\"", undeclaredCookie("theme", FROM)),
        error(handler, "\"inline\"", undeclaredCookie("inline", FROM)),
        error(handler, "\"entity\"", undeclaredCookie("entity", FROM)),
        error(handler, "\"returned\"", undeclaredCookie("returned", FROM)),
        error(handler, "\"via_local\"", undeclaredCookie("via_local", FROM)),
        error(handler, "\"field\"", undeclaredCookie("field", FROM)),
        error(
            handler,
            "\"vertx\"",
            undeclaredCookie("vertx", "io.vertx.core.http.Cookie.cookie(...)")));
  }

  @Test
  void aTextThatIsDroppedOrOnlyComparedSetsNothing() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import io.vertx.core.http.Cookie;",
            "import org.springframework.http.ResponseCookie;",
            "class Handler {",
            "  boolean checks(String v) {",
            "    ResponseCookie.from(\"dropped\", v).build().toString();",
            "    ResponseCookie c = ResponseCookie.from(\"compared\", v).build();",
            "    String text = c.toString();",
            "    int length = Cookie.cookie(\"measured\", v).encode().length();",
            "    String path = Cookie.cookie(\"template\", v).getPath();",
            "    return text.isEmpty() || length > 0 || text.equals(path);",
            "  }",
            "}");

    assertDiagnostics(compile(Stubs.withPortal(handler)));
  }
}
