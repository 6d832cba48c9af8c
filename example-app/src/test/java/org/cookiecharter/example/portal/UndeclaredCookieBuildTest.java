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
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cookiecharter.processor.CookieCharterProcessor;
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
  private static final String DECLARED_CALL = "new Cookie(PortalCookies.LANGUAGE, ";
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
    Path copy = work.resolve("src");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = copy.resolve(SOURCES.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return copy;
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(Path sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      Path classes = Files.createDirectories(work.resolve("classes"));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d", classes.toString(),
                  "-s", Files.createDirectories(work.resolve("generated")).toString(),
                  "-classpath", System.getProperty("java.class.path"),
                  "--release", "17",
                  "-encoding", "UTF-8"),
              null,
              files.getJavaFileObjectsFromPaths(java));
      task.setProcessors(List.of(new CookieCharterProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
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
