package org.cookiecharter.processor.calls;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The real framework jars that the call tables and the stubs are checked against, copied by the pom
 * (maven-dependency-plugin, generate-test-resources) into {@code target/call-table-jars/GROUP}: one
 * folder per class path, since some versions cannot share one (Jetty 11 and 12 both have {@code
 * org.eclipse.jetty.http.HttpCookie}; Spring 6 and 7; Vert.x 4 and 5). None of them is on the
 * tests' own class path, where the stubs' classes would clash with them. Each group is read with
 * javac's own model, as the processor reads a class path.
 */
enum CallTableJars {
  /**
   * The Servlet and JAX-RS APIs, Spring 6, Jetty 12, Netty, Micronaut, Vert.x 4, Undertow, and the
   * other libraries' cookie classes.
   */
  MAIN("main", 17),
  /** Javalin 6 and the Jetty 11 it runs on. */
  JAVALIN6_JETTY11("javalin6-jetty11", 17),
  /** Spring Framework 7 and Spring Security 7. */
  SPRING7("spring7", 17),
  VERTX5("vertx5", 17),
  /** OmniFaces 3, for javax: the class names of OmniFaces 4 (Jakarta), in {@link #MAIN}. */
  OMNIFACES3("omnifaces3", 17),
  HELIDON3("helidon3", 17),
  /**
   * Helidon 4's class files are Java 21's, which javac reads from JDK 21 on: the tests leave it out
   * on JDK 17, and CI's build on JDK 25 checks it.
   */
  HELIDON4("helidon4", 21);

  /** The folder under {@code target/call-table-jars}. */
  final String folder;

  /** The oldest JDK whose javac reads the group's class files. */
  final int javaVersion;

  CallTableJars(String folder, int javaVersion) {
    this.folder = folder;
    this.javaVersion = javaVersion;
  }

  /**
   * The groups where a type of this qualified name should be found: the versions that the tables'
   * comments cite.
   */
  static List<CallTableJars> expectedFor(String type) {
    if (type.startsWith("io.helidon.http.")) {
      return List.of(HELIDON4);
    }
    if (type.startsWith("io.helidon.common.http.")) {
      return List.of(HELIDON3);
    }
    if (type.startsWith("io.javalin.") || type.startsWith("org.eclipse.jetty.server.session.")) {
      return List.of(JAVALIN6_JETTY11); // Jetty 12 moved sessions to org.eclipse.jetty.session
    }
    if (type.startsWith("org.springframework.session.")) {
      return List.of(MAIN); // Spring Session 3.5.0: its 4.x, for Spring 7, is cited nowhere
    }
    if (type.startsWith("org.springframework.")) {
      return List.of(MAIN, SPRING7);
    }
    if (type.startsWith("io.vertx.")) {
      return List.of(MAIN, VERTX5);
    }
    if (type.startsWith("org.omnifaces.")) {
      return List.of(MAIN, OMNIFACES3);
    }
    return List.of(MAIN);
  }

  /** The group whose jars are in this folder. */
  static CallTableJars inFolder(String folder) {
    for (CallTableJars group : values()) {
      if (group.folder.equals(folder)) {
        return group;
      }
    }
    throw new IllegalArgumentException("no group in " + folder);
  }

  /** Whether the running JDK's javac reads this group's class files. */
  boolean readable() {
    return Runtime.version().feature() >= javaVersion;
  }

  private static final Map<CallTableJars, ClassPath> OPENED = new EnumMap<>(CallTableJars.class);

  /** This group's class path, read by javac; opened once for all the tests. */
  ClassPath open() {
    synchronized (OPENED) {
      return OPENED.computeIfAbsent(this, group -> ClassPath.of(group.jars()));
    }
  }

  /** The jars of this group. */
  List<Path> jars() {
    Path folder =
        Path.of(System.getProperty("cookiecharter.callTableJars", "target/call-table-jars"))
            .resolve(this.folder);
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
      if (jars.isEmpty()) {
        throw new IllegalStateException("no jar in " + folder);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the jars of " + folder + ", which the build copies in generate-test-resources", e);
    }
  }

  @Override
  public String toString() {
    return folder;
  }

  /**
   * A class path as javac sees it: a compilation of one empty class against the jars, whose {@link
   * Elements} and {@link Types} then answer for them.
   */
  static final class ClassPath {
    final Elements elements;
    final Types types;

    private ClassPath(JavacTask task) {
      this.elements = task.getElements();
      this.types = task.getTypes();
    }

    static ClassPath of(List<Path> jars) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      // Collected, not printed: a test's output is Maven's lines only. javac reads a type whose
      // supertypes' jars are missing without an error; a check then fails, as it should.
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
      try {
        files.setLocationFromPaths(StandardLocation.CLASS_PATH, jars);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JavaFileObject empty =
          new SimpleJavaFileObject(
              URI.create("string:///CallTableProbe.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return "class CallTableProbe {}";
            }
          };
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  new StringWriter(),
                  files,
                  diagnostics,
                  List.of("-proc:none"),
                  null,
                  List.of(empty));
      try {
        task.analyze();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new ClassPath(task);
    }

    /** The type of this canonical name, or null. */
    TypeElement type(String name) {
      return elements.getTypeElement(name);
    }
  }
}
