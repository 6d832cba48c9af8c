package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failure of the processor itself, injected at each stage: one tagged error that asks for a bug
 * report and carries the stack trace; javac does not crash.
 */
class InternalErrorTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"init", "round", "last round", "call check"})
  void failureIsOneTaggedErrorWithItsStackTrace(String stage) {
    CookieCharterProcessor failing =
        new CookieCharterProcessor(
            reached -> {
              if (reached.equals(stage)) {
                throw new IllegalStateException("injected at " + stage);
              }
            });

    Compilation compilation =
        Compiler.javac()
            .withProcessors(failing)
            .compile(
                Stubs.withPortal(
                    Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");")));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cookie-charter:InternalError] cookie-charter failed unexpectedly. This is a bug in"
                + " cookie-charter, not in your code: please report it to the cookie-charter"
                + " maintainers with this whole message.");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: injected at " + stage);
    assertThat(compilation).hadErrorContaining("at org.cookiecharter.processor.");
  }
}
