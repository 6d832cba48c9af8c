package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A library compiled beforehand with cookie-charter, as a jar would be: its class files (and its
 * declaration index) in a folder that later compilations get on their class path, its sources out
 * of sight.
 */
final class ClassPathLibrary {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private ClassPathLibrary() {}

  /** Compiles {@code sources} into {@code directory}. */
  static void compileInto(Path directory, JavaFileObject... sources) {
    Compilation library =
        Compiler.javac().withProcessors(new CookieCharterProcessor()).compile(sources);
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(CLASS_OUTPUT)) {
        Path target =
            directory.resolve(path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()));
        try (InputStream in = file.openInputStream()) {
          Files.createDirectories(target.getParent());
          Files.write(target, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The test's own class path, then {@code directory}. */
  static List<File> classPathWith(Path directory) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(directory.toFile());
    return classPath;
  }
}
