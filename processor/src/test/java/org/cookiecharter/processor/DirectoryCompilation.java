package org.cookiecharter.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A javac run with the processor that writes to real folders, like a build does. Unlike
 * compile-testing, it shows what a failed compilation left behind.
 */
final class DirectoryCompilation {
  final boolean success;
  final Path classOutput;
  final Path sourceOutput;

  /** The messages of the diagnostics. */
  final List<String> diagnostics = new ArrayList<>();

  /** The diagnostics, with their kinds and positions. */
  final List<Diagnostic<? extends JavaFileObject>> reported = new ArrayList<>();

  private DirectoryCompilation(boolean success, Path classOutput, Path sourceOutput) {
    this.success = success;
    this.classOutput = classOutput;
    this.sourceOutput = sourceOutput;
  }

  static DirectoryCompilation compile(
      Path directory, List<String> options, JavaFileObject... sources) {
    return compile(directory, options, List.of(), sources);
  }

  /** Compiles with {@code libraries} (jars or folders) on the class path, after the test's own. */
  static DirectoryCompilation compile(
      Path directory, List<String> options, List<Path> libraries, JavaFileObject... sources) {
    return compile(ToolProvider.getSystemJavaCompiler(), directory, options, libraries, sources);
  }

  /**
   * Compiles with {@code javac} or another compiler, such as Eclipse's, from source files that this
   * writes to {@code directory/src} first: a compiler may read only sources on disk.
   */
  static DirectoryCompilation compileFromDisk(
      JavaCompiler javac, Path directory, List<String> options, JavaFileObject... sources) {
    return compileFromDisk(javac, directory, options, List.of(), sources);
  }

  /** As above, with {@code libraries} (jars or folders) on the class path after the test's own. */
  static DirectoryCompilation compileFromDisk(
      JavaCompiler javac,
      Path directory,
      List<String> options,
      List<Path> libraries,
      JavaFileObject... sources) {
    List<Path> paths = writeSources(directory.resolve("src"), List.of(sources));
    return compile(
        javac,
        directory,
        options,
        libraries,
        List.of(),
        files -> files.getJavaFileObjectsFromPaths(paths));
  }

  /** Writes {@code sources} under {@code root}, each at its package's path; returns the files. */
  static List<Path> writeSources(Path root, List<JavaFileObject> sources) {
    List<Path> files = new ArrayList<>();
    try {
      for (JavaFileObject source : sources) {
        Path file = root.resolve(source.toUri().getPath().replaceFirst("^/", ""));
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static DirectoryCompilation compile(
      JavaCompiler javac,
      Path directory,
      List<String> options,
      List<Path> libraries,
      JavaFileObject... sources) {
    return compile(javac, directory, options, libraries, List.of(), files -> List.of(sources));
  }

  /**
   * Compiles {@code sources}, and has the processor process the classes {@code classNames} of the
   * class path too, as Gradle's incremental compilation does for an aggregating processor.
   */
  static DirectoryCompilation compileAndProcessClasses(
      Path directory, List<Path> libraries, List<String> classNames, JavaFileObject... sources) {
    return compile(
        ToolProvider.getSystemJavaCompiler(),
        directory,
        List.of(),
        libraries,
        classNames,
        files -> List.of(sources));
  }

  private static DirectoryCompilation compile(
      JavaCompiler javac,
      Path directory,
      List<String> options,
      List<Path> libraries,
      List<String> classNames,
      Function<StandardJavaFileManager, Iterable<? extends JavaFileObject>> sources) {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path classes = Files.createDirectories(directory.resolve("classes"));
      Path generated = Files.createDirectories(directory.resolve("generated-sources"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<String> arguments = new ArrayList<>(options);
      StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
      libraries.forEach(library -> classPath.append(File.pathSeparator).append(library));
      arguments.addAll(List.of("-classpath", classPath.toString()));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(), // what a compiler prints besides its diagnostics (ECJ repeats
              // them)
              files,
              collector,
              arguments,
              classNames.isEmpty() ? null : classNames,
              sources.apply(files));
      task.setProcessors(List.of(new CookieCharterProcessor()));
      DirectoryCompilation compilation = new DirectoryCompilation(task.call(), classes, generated);
      compilation.reported.addAll(collector.getDiagnostics());
      collector
          .getDiagnostics()
          .forEach(d -> compilation.diagnostics.add(d.getMessage(Locale.ROOT)));
      return compilation;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Packs the class output into a jar, as a library's build does. */
  Path jar(Path jar) {
    return jar(classOutput, jar, new Manifest());
  }

  /** Packs every file of {@code folder} into {@code jar}, with {@code manifest}. */
  static Path jar(Path folder, Path jar, Manifest manifest) {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /** A file the compilation left in the class output, as UTF-8. */
  String read(String path) {
    try {
      return Files.readString(classOutput.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the compilation left this file in the class output. */
  boolean wrote(String path) {
    return Files.exists(classOutput.resolve(path));
  }

  /** The SHA-256 of every generated source, resource and index class file, by path. */
  Map<String, String> outputDigests() {
    return outputDigests(classOutput, sourceOutput);
  }

  /**
   * As {@link #outputDigests()}, of the folders of any compilation, a compiler's process among
   * them; the paths start with each folder's name.
   */
  static Map<String, String> outputDigests(Path classOutput, Path sourceOutput) {
    Map<String, String> digests = new TreeMap<>();
    for (Path root : List.of(classOutput, sourceOutput)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          if (isProcessorOutput(root.relativize(file))) {
            byte[] digest =
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            digests.put(
                root.getFileName() + "/" + root.relativize(file).toString().replace('\\', '/'),
                java.util.HexFormat.of().formatHex(digest));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return digests;
  }

  /**
   * Whether a file of the outputs is cookie-charter's: a source or resource, or a class file of the
   * declaration index; not a class file that javac compiled.
   */
  private static boolean isProcessorOutput(Path relative) {
    String path = relative.toString().replace('\\', '/');
    return !path.endsWith(".class") || path.startsWith("org/cookiecharter/aggregated/");
  }

  /** Every generated source, resource and index class file, by path, as UTF-8. */
  Map<String, String> outputs() {
    Map<String, String> outputs = new TreeMap<>();
    for (Path root : List.of(classOutput, sourceOutput)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          if (isProcessorOutput(root.relativize(file))) {
            outputs.put(
                root.getFileName() + "/" + root.relativize(file).toString().replace('\\', '/'),
                new String(Files.readAllBytes(file), StandardCharsets.UTF_8)); // binary files too
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return outputs;
  }
}
