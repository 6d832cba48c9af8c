package org.cookiecharter.processor.calls;

import static org.cookiecharter.processor.calls.CallTableJars.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The stubs that the call tests compile against (src/test/resources/stubs) declare nothing that the
 * real frameworks lack: each stub type is compared with the real type in the jars of the version
 * that the tables cite first ({@link CallTableJars#expectedFor}). Every stub's type is in a jar of
 * the groups, so none is left out.
 */
class CallTablesStubsTest {
  @Test
  void everyStubDeclaresOnlyWhatTheRealTypeHas() throws Exception {
    CompiledStubs stubs = CompiledStubs.compile(stubSources());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (TypeElement stub : stubs.types()) {
      CallTableJars group = CallTableJars.expectedFor(stub.getQualifiedName().toString()).get(0);
      if (!group.readable()) {
        continue; // Helidon 4 (Java 21) on JDK 17: the build on JDK 25 checks it
      }
      checked++;
      for (String problem : stubs.checker(group).problems(stub)) {
        problems.add("[" + group + "] " + problem);
      }
    }
    int stubCount = checked;
    assertTrue(
        problems.isEmpty(),
        () ->
            "the stubs of "
                + stubCount
                + " types declare what the real types lack:\n  "
                + String.join("\n  ", problems));
  }

  @Test
  void aStubThatDeclaresWhatTheRealTypeLacksFailsWithWhatIsWrong() throws Exception {
    CompiledStubs stubs =
        CompiledStubs.compile(
            List.of(
                source(
                    "jakarta.servlet.http.Cookie",
                    "public interface Cookie extends Runnable {",
                    "  int DEFAULT_MAX_AGE = -1;",
                    "  void setMaxAge(long expiry);",
                    "  long getMaxAge();",
                    "  static String getName() { return null; }",
                    "}"),
                source(
                    "jakarta.servlet.http.HttpServletResponse",
                    "public interface HttpServletResponse {",
                    "  int SC_OK = 201;",
                    "}"),
                source(
                    "jakarta.servlet.http.HttpServletResponseWrapper",
                    "public class HttpServletResponseWrapper {}"),
                source("jakarta.servlet.http.Cokie", "public class Cokie {}")));
    List<String> problems = new ArrayList<>();
    for (TypeElement stub : stubs.types()) {
      problems.addAll(stubs.checker(MAIN).problems(stub));
    }
    assertEquals(
        List.of(
            "jakarta.servlet.http.Cokie: no such type in the jars",
            "jakarta.servlet.http.Cookie: interface in the stub, class in the jar",
            "jakarta.servlet.http.Cookie: extends java.lang.Runnable in the stub, not in the jar",
            "jakarta.servlet.http.Cookie.DEFAULT_MAX_AGE: not in the jar",
            "jakarta.servlet.http.Cookie.setMaxAge(long): not in the jar; the jar has (int)",
            "jakarta.servlet.http.Cookie.getMaxAge(): returns long in the stub, int in the jar",
            "jakarta.servlet.http.Cookie.getName(): static in the stub, not static in the jar",
            "jakarta.servlet.http.HttpServletResponse.SC_OK: 201 in the stub, 200 in the jar",
            "new jakarta.servlet.http.HttpServletResponseWrapper() (implicit in the stub): not in"
                + " the jar; the jar has (jakarta.servlet.http.HttpServletResponse)"),
        problems);
  }

  /** The stub sources under src/test/resources/stubs. */
  private static List<JavaFileObject> stubSources() throws IOException, URISyntaxException {
    Path root = Path.of(CallTablesStubsTest.class.getClassLoader().getResource("stubs").toURI());
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    List<JavaFileObject> objects = new ArrayList<>();
    ToolProvider.getSystemJavaCompiler()
        .getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)
        .getJavaFileObjectsFromPaths(sources)
        .forEach(objects::add);
    return objects;
  }

  /** A source of the class {@code name}: its package, then these lines. */
  private static JavaFileObject source(String name, String... lines) {
    String text =
        "package "
            + name.substring(0, name.lastIndexOf('.'))
            + ";\n"
            + String.join("\n", lines)
            + "\n";
    return new SimpleJavaFileObject(
        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /**
   * Stub sources, attributed by javac with nothing on the class path.
   *
   * @param types their top-level types, by name
   */
  private record CompiledStubs(JavacTask task, List<TypeElement> types) {
    static CompiledStubs compile(List<JavaFileObject> sources) throws IOException {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  new StringWriter(), files, diagnostics, List.of("-proc:none"), null, sources);
      List<TypeElement> types = new ArrayList<>();
      for (Element element : task.analyze()) {
        if (element instanceof TypeElement type && type.getNestingKind() == NestingKind.TOP_LEVEL) {
          types.add(type);
        }
      }
      assertEquals(List.of(), diagnostics.getDiagnostics(), "the stubs compile");
      types.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
      return new CompiledStubs(task, types);
    }

    StubChecker checker(CallTableJars group) {
      return new StubChecker(task.getElements(), task.getTypes(), group.open());
    }
  }
}
