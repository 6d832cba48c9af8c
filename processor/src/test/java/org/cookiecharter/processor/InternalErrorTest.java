package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
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
    Diagnostic<? extends JavaFileObject> error =
        onlyError(failingAt(stage, new IllegalStateException("injected at " + stage)));

    // The whole message, then the stack trace; javac indents the lines after the first by two
    // spaces.
    List<String> lines =
        error.getMessage(Locale.ROOT).lines().map(line -> line.replaceFirst("^  ", "")).toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "[cookie-charter:InternalError] cookie-charter failed unexpectedly. This is a bug in"
                + " cookie-charter, not in your code: please report it to the cookie-charter"
                + " maintainers with this whole message.");
    assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: injected at " + stage);
    assertThat(lines.get(2)).startsWith("\tat org.cookiecharter.processor.");
    for (String frame : lines.subList(2, lines.size())) {
      assertThat(frame).containsMatch("^\t(at |\\.\\.\\. \\d+ more)");
    }
  }

  /** A class of cookie-charter's own missing at run time: the path to fix, not a bug to report. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"init", "round", "last round", "call check"})
  void aMissingClassOfItsOwnNamesTheProcessorPathToFix(String stage) {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(
            failingAt(
                stage,
                new NoClassDefFoundError("org/cookiecharter/processor/shaded/mustache/Mustache")));

    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(
            "[cookie-charter:IncompleteProcessorPath] cookie-charter cannot run: its class"
                + " org.cookiecharter.processor.shaded.mustache.Mustache is missing from the"
                + " annotation processor path, which has cookie-charter from "
                + Path.of("target", "classes").toAbsolutePath()
                + ". Put the cookie-charter-processor jar itself on the processor path (Maven's"
                + " annotationProcessorPaths, Gradle's annotationProcessor, javac's"
                + " -processorpath): it holds every class the processor needs, and needs nothing"
                + " else; a folder of its classes, or a jar rebuilt without its dependencies, is"
                + " not enough. Your code is not the cause");
  }

  /** A missing class of someone else's, such as the JDK's compiler API, is still a bug report. */
  @Test
  void aMissingClassOfAnotherIsAnInternalError() {
    Diagnostic<? extends JavaFileObject> error =
        onlyError(failingAt("round", new NoClassDefFoundError("com/sun/source/util/Trees")));

    assertThat(error.getMessage(Locale.ROOT)).startsWith("[cookie-charter:InternalError] ");
  }

  /** Compiles a handler and its declarations with a processor that throws {@code failure} there. */
  private static Compilation failingAt(String stage, Throwable failure) {
    CookieCharterProcessor failing =
        new CookieCharterProcessor(
            reached -> {
              if (reached.equals(stage)) {
                throwUnchecked(failure);
              }
            });
    return Compiler.javac()
        .withProcessors(failing)
        .compile(
            Stubs.withPortal(
                Stubs.handler(
                    "new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");")));
  }

  private static void throwUnchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw (Error) failure;
  }

  /** The one diagnostic, an error on no file. */
  private static Diagnostic<? extends JavaFileObject> onlyError(Compilation compilation) {
    assertThat(compilation.diagnostics()).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = compilation.diagnostics().get(0);
    assertThat(error.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(error.getSource()).isNull();
    return error;
  }
}
