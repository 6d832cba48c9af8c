package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's own sources, compiled with cookie-charter as its build does: clean as they are, and
 * a compile error at the right line once a handler sets a cookie that nobody declared.
 */
class UndeclaredCookieBuildTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path LANGUAGE_SERVLET =
      Path.of("org/cookiecharter/example/portal/LanguageServlet.java");
  private static final String DECLARED_CALL = "new Cookie(CommonCookies.LANGUAGE, ";
  private static final String UNDECLARED_CALL = "new Cookie(\"lang\", ";

  @TempDir Path work;

  @Test
  void portalSourcesCompileWithoutDiagnostics() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(copySources());

    assertEquals(List.of(), diagnostics);
  }

  @Test
  void handlerThatSetsAnUndeclaredCookieFailsTheBuildAtThatLine() throws IOException {
    Path sources = copySources();
    Path servlet = sources.resolve(LANGUAGE_SERVLET);
    String original = Files.readString(servlet, StandardCharsets.UTF_8);
    assertTrue(original.contains(DECLARED_CALL), "the handler sets its cookie with the constant");
    Files.writeString(
        servlet, original.replace(DECLARED_CALL, UNDECLARED_CALL), StandardCharsets.UTF_8);
    long line = lineOf(Files.readAllLines(servlet, StandardCharsets.UTF_8), UNDECLARED_CALL);

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(sources);

    assertEquals(1, diagnostics.size(), diagnostics.toString());
    Diagnostic<? extends JavaFileObject> error = diagnostics.get(0);
    assertEquals(Diagnostic.Kind.ERROR, error.getKind());
    assertEquals(
        "[cookie-charter:UndeclaredCookie] cookie \"lang\" is set here by new"
            + " jakarta.servlet.http.Cookie(...), but no @DeclaredCookie declares it: annotate the"
            + " constant that holds its name with @DeclaredCookie(provider, service, purpose,"
            + " category) and use that constant here",
        error.getMessage(Locale.ROOT));
    assertTrue(
        error.getSource().getName().endsWith("LanguageServlet.java"), error.getSource().getName());
    assertEquals(line, error.getLineNumber());
    assertFalse(
        Files.exists(
            work.resolve("classes/org/cookiecharter/example/portal/LanguageServlet.class")));
  }

  private Path copySources() throws IOException {
    return JavacBuild.copy(SOURCES, work.resolve("src"));
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(Path sources) throws IOException {
    return JavacBuild.compile(
        sources, work.resolve("classes"), List.of(System.getProperty("java.class.path")));
  }

  private static long lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not found");
  }
}
