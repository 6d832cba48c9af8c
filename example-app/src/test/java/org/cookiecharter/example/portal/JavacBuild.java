package org.cookiecharter.example.portal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** A module's sources compiled by javac with cookie-charter, as its Maven build does. */
final class JavacBuild {
  private JavacBuild() {}

  /** Copies a source folder, so that a test may change a file. */
  static Path copy(Path sources, Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = copy.resolve(sources.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return copy;
  }

  /**
   * Compiles every source under {@code sources} into {@code classes}, with {@code classPath}.
   *
   * @return the diagnostics
   */
  static List<Diagnostic<? extends JavaFileObject>> compile(
      Path sources, Path classes, List<String> classPath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      Files.createDirectories(classes);
      Path generated =
          Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-generated"));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d", classes.toString(),
                  "-s", generated.toString(),
                  "-classpath", String.join(File.pathSeparator, classPath),
                  "--release", "17",
                  "-encoding", "UTF-8"),
              null,
              files.getJavaFileObjectsFromPaths(java));
      task.setProcessors(List.of(new CookieCharterProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  /** The test's own class path, without the folder or jar that holds {@code left}'s class. */
  static List<String> classPathWithout(Class<?> left) {
    String location;
    try {
      location =
          Path.of(left.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().toString().equals(location)) {
        classPath.add(entry);
      }
    }
    return classPath;
  }
}
