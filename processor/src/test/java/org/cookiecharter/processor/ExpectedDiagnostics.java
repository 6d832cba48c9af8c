package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Checks every diagnostic of a compilation at once: its kind, its whole message, its file and its
 * line. A test lists all the diagnostics it expects; any other one fails it.
 */
final class ExpectedDiagnostics {
  private ExpectedDiagnostics() {}

  /** One expected diagnostic, as {@link #describe} writes it. */
  record Expected(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** An error on the one line of {@code file} that contains {@code lineText}. */
  static Expected error(JavaFileObject file, String lineText, String message) {
    return at(Diagnostic.Kind.ERROR, file, lineText, message);
  }

  /** A warning on the one line of {@code file} that contains {@code lineText}. */
  static Expected warning(JavaFileObject file, String lineText, String message) {
    return at(Diagnostic.Kind.WARNING, file, lineText, message);
  }

  /** An error about the compilation, on no file. */
  static Expected error(String message) {
    return new Expected(Diagnostic.Kind.ERROR + " " + message);
  }

  /** A warning about the compilation, on no file. */
  static Expected warning(String message) {
    return new Expected(Diagnostic.Kind.WARNING + " " + message);
  }

  /** A note about the compilation, on no file. */
  static Expected note(String message) {
    return new Expected(Diagnostic.Kind.NOTE + " " + message);
  }

  /** How messages name the servlet's cookie constructor, the call most tests make. */
  static final String SERVLET_COOKIE = "new jakarta.servlet.http.Cookie(...)";

  /**
   * The whole {@code UndeclaredCookie} message for a call, the message most tests expect, written
   * out once.
   */
  static String undeclaredCookie(String name, String call) {
    return "[cookie-charter:UndeclaredCookie] cookie \""
        + name
        + "\" is set here by "
        + call
        + ", but no @DeclaredCookie declares it: annotate the constant that holds its name with"
        + " @DeclaredCookie(provider, service, purpose, category) and use that constant here";
  }

  /** The whole {@code ComputedCookieName} message for a call whose name is computed. */
  static String computedCookieName(String call) {
    return "[cookie-charter:ComputedCookieName] the name of the cookie set here by "
        + call
        + " is computed at run time, so cookie-charter cannot check that it is declared: use a"
        + " @DeclaredCookie constant. If every name it can take is declared, silence this call"
        + " with @SuppressWarnings(\"cookie-charter\") on the enclosing method"
        + " (-Acookiecharter.computed=ignore turns the check off)";
  }

  /**
   * The {@code LifetimeExceedsDeclaration} error for 400 days on {@code django_language}, which
   * {@link Fixtures#portalCookiesWithLifetimes()} declares "P1Y", set by {@code call}.
   */
  static Expected fourHundredDaysOnLanguage(JavaFileObject file, String lineText, String call) {
    return error(
        file,
        lineText,
        "[cookie-charter:LifetimeExceedsDeclaration] cookie \"django_language\" is set here by "
            + call
            + " with a max-age of 34560000 seconds (400 days), longer than the duration that"
            + " org.example.portal.PortalCookies.LANGUAGE declares, \"P1Y\" (1 year, about"
            + " 31556952 seconds): shorten the max-age, or declare the duration it lasts, which the"
            + " charter then shows");
  }

  /** Asserts that the compilation reported exactly these diagnostics, in any order. */
  static void assertDiagnostics(Compilation compilation, Expected... expected) {
    assertDiagnostics(compilation.diagnostics(), expected);
  }

  /** Asserts that these are exactly the expected diagnostics, in any order. */
  static void assertDiagnostics(
      List<? extends Diagnostic<? extends JavaFileObject>> diagnostics, Expected... expected) {
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      actual.add(describe(diagnostic));
    }
    assertWithMessage("diagnostics")
        .that(actual)
        .containsExactlyElementsIn(List.of(expected).stream().map(Expected::text).toList());
  }

  private static Expected at(
      Diagnostic.Kind kind, JavaFileObject file, String lineText, String message) {
    return new Expected(kind + " " + name(file) + ":" + lineOf(file, lineText) + ": " + message);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String kind =
        diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING
            ? Diagnostic.Kind.WARNING.toString()
            : diagnostic.getKind().toString();
    String message = diagnostic.getMessage(Locale.ROOT);
    return diagnostic.getSource() == null
        ? kind + " " + message
        : kind
            + " "
            + name(diagnostic.getSource())
            + ":"
            + diagnostic.getLineNumber()
            + ": "
            + message;
  }

  private static String name(JavaFileObject file) {
    return file.toUri().getPath();
  }

  /** The number of the one line of {@code file} that contains {@code text}. */
  private static long lineOf(JavaFileObject file, String text) {
    String[] lines;
    try {
      lines = file.getCharContent(true).toString().split("\n", -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        assertWithMessage("more than one line of %s contains %s", name(file), text)
            .that(found)
            .isEqualTo(-1);
        found = i + 1;
      }
    }
    assertWithMessage("no line of %s contains %s", name(file), text).that(found).isNotEqualTo(-1);
    return found;
  }
}
