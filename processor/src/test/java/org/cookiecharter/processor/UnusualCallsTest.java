package org.cookiecharter.processor;

import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Calls that the source shows in an unusual way are checked like the others: the check reads
 * javac's attributed trees, not the text.
 */
class UnusualCallsTest {

  @Test
  void aCallSpelledWithAUnicodeEscapeIsChecked() {
    JavaFileObject handler =
        Stubs.handler("new jakarta.servlet.http.\\u0043ookie(\"escaped\", \"v\");");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(
            handler,
            "\"escaped\"",
            undeclaredCookie("escaped", ExpectedDiagnostics.SERVLET_COOKIE)));
  }

  /**
   * The unit that sets the cookie never names the API's type: the lambda's parameter is inferred
   * from a method of another unit.
   */
  @Test
  void aCallOnAnInferredLambdaParameterIsChecked() {
    JavaFileObject routes =
        JavaFileObjects.forSourceLines(
            "org.example.web.Routes",
            "package org.example.web;",
            "final class Routes {",
            "  static void get(java.util.function.Consumer<io.javalin.http.Context> handler) {}",
            "}");
    JavaFileObject handler = Stubs.handler("Routes.get(ctx -> ctx.cookie(\"inferred\", \"v\"));");

    assertDiagnostics(
        compile(Stubs.withPortal(routes, handler)),
        error(
            handler,
            "\"inferred\"",
            undeclaredCookie("inferred", "io.javalin.http.Context.cookie(...)")));
  }
}
