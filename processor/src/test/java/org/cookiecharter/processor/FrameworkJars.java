package org.cookiecharter.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real framework jars that the build copies into {@code target/call-table-jars/GROUP} (see
 * {@code calls.CallTableJars}), for tests that compile calls against the real libraries rather than
 * stubs.
 */
final class FrameworkJars {
  private FrameworkJars() {}

  /** The tests' own class path (the processor's annotations), then the jars of {@code group}. */
  static List<File> classPath(String group) {
    return classPath(group, "");
  }

  /**
   * The tests' own class path, then the jars of {@code group} whose file names start with {@code
   * prefix}.
   */
  static List<File> classPath(String group, String prefix) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.addAll(jars(group, prefix));
    return classPath;
  }

  /** The jars of {@code group} whose file names start with {@code prefix}. */
  static List<File> jars(String group, String prefix) {
    Path folder =
        Path.of(System.getProperty("cookiecharter.callTableJars", "target/call-table-jars"))
            .resolve(group);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.toString().endsWith(".jar"))
          .filter(file -> file.getFileName().toString().startsWith(prefix))
          .sorted()
          .map(Path::toFile)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the jars of " + folder + ", which the build copies in generate-test-resources", e);
    }
  }
}
