package org.cookiecharter.processor;

import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A cookie object is set only when it can reach a response: one that goes only to a client-side
 * call (a client's Cookie header, a request) or serves as a template is not a call that sets a
 * cookie. Every other use keeps the call checked.
 */
class ClientSideCookiesTest {
  private static final String NETTY = "io.netty.handler.codec.http.cookie.";

  /**
   * MockMvc's request builder takes the test request's cookies: Spring 6 declares {@code
   * cookie(..)} in {@code MockHttpServletRequestBuilder}, Spring 7 in its superclass. Compiled
   * against the real Spring 7 jars.
   */
  @Test
  void mockMvcsRequestBuilderOfSpring7TakesAClientsCookie() {
    JavaFileObject test =
        JavaFileObjects.forSourceLines(
            "org.example.web.RequestTest",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;",
            "class RequestTest {",
            "  Object request() {",
            "    return MockMvcRequestBuilders.get(\"/\").cookie(new Cookie(\"via_builder\","
                + " \"v\"));",
            "  }",
            "}");
    List<File> classPath = new ArrayList<>(FrameworkJars.classPath("spring7"));
    classPath.addAll(FrameworkJars.jars("main", "jakarta.servlet-api"));

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CookieCharterProcessor())
            .withClasspath(classPath)
            .compile(Fixtures.site("https://data.example.org"), Fixtures.portalCookies(), test);

    assertDiagnostics(compilation);
  }

  @Test
  void cookieObjectsThatNoResponseCarriesAreNotChecked() {
    JavaFileObject handler =
        Stubs.handler(
            NETTY
                + "ClientCookieEncoder.STRICT.encode(new "
                + NETTY
                + "DefaultCookie(\"direct\", \"v\"));",
            NETTY + "DefaultCookie local = new " + NETTY + "DefaultCookie(\"local\", \"v\");",
            "local.setPath(\"/\");",
            "String header = " + NETTY + "ClientCookieEncoder.STRICT.encode((local));",
            "io.undertow.server.handlers.CookieImpl template =",
            "    new io.undertow.server.handlers.CookieImpl(\"template\");",
            "String path = template.getPath();",
            "new org.springframework.mock.web.MockHttpServletRequest()",
            "    .setCookies(new jakarta.servlet.http.Cookie(\"test_request\", \"v\"));");

    assertDiagnostics(compile(Stubs.withPortal(handler)));
  }

  @Test
  void cookieWithAMaxAgeOfZeroDeletesACookieAndSetsNone() {
    JavaFileObject handler =
        Stubs.handler(
            "jakarta.servlet.http.Cookie old = new jakarta.servlet.http.Cookie(\"old_tracker\","
                + " \"\");",
            "old.setPath(\"/\");",
            "old.setMaxAge(0);",
            "((jakarta.servlet.http.HttpServletResponse) response).addCookie(old);",
            "jakarta.servlet.http.Cookie kept = new jakarta.servlet.http.Cookie(\"kept\", \"v\");",
            "kept.setMaxAge(60);",
            "((jakarta.servlet.http.HttpServletResponse) response).addCookie(kept);");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(handler, "\"kept\"", undeclaredCookie("kept", SERVLET_COOKIE)));
  }

  @Test
  void cookieObjectsThatMayReachAResponseAreChecked() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import io.netty.handler.codec.http.cookie.ClientCookieEncoder;",
            "import io.netty.handler.codec.http.cookie.DefaultCookie;",
            "import io.netty.handler.codec.http.cookie.ServerCookieEncoder;",
            "import io.undertow.server.handlers.CookieImpl;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class Handler {",
            "  Object stored;",
            "  void added(HttpServletResponse response) {",
            "    Cookie cookie = new Cookie(\"added\", \"v\");",
            "    response.addCookie(cookie);",
            "  }",
            "  void bothSides() {",
            "    DefaultCookie cookie = new DefaultCookie(\"both_sides\", \"v\");",
            "    ClientCookieEncoder.STRICT.encode(cookie);",
            "    ServerCookieEncoder.STRICT.encode(cookie);",
            "  }",
            "  Object returned() {",
            "    return new CookieImpl(\"returned\").setPath(\"/\");",
            "  }",
            "  void stored() {",
            "    CookieImpl cookie = new CookieImpl(\"stored\");",
            "    stored = cookie;",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(handler, "\"added\"", undeclaredCookie("added", SERVLET_COOKIE)),
        error(
            handler,
            "\"both_sides\"",
            undeclaredCookie("both_sides", "new " + NETTY + "DefaultCookie(...)")),
        error(
            handler,
            "\"returned\"",
            undeclaredCookie("returned", "new io.undertow.server.handlers.CookieImpl(...)")),
        error(
            handler,
            "\"stored\"",
            undeclaredCookie("stored", "new io.undertow.server.handlers.CookieImpl(...)")));
  }
}
