package org.cookiecharter.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Stand-ins for the cookie APIs of web frameworks (src/test/resources/stubs): their real qualified
 * names and signatures, no behaviour, so that tests compile calls to them without the frameworks.
 */
final class Stubs {
  private Stubs() {}

  static List<JavaFileObject> all() {
    try {
      Path root = Path.of(Stubs.class.getClassLoader().getResource("stubs").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(file -> file.toString().endsWith(".java"))
            .sorted()
            .map(
                file ->
                    JavaFileObjects.forResource(
                        "stubs/" + root.relativize(file).toString().replace('\\', '/')))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The stubs, the portal's four declared cookies and its {@code @CookieCharter}, then {@code
   * sources}.
   */
  static JavaFileObject[] withPortal(JavaFileObject... sources) {
    return TestSources.create().withStubs().withSite().withPortalCookies().with(sources).sources();
  }

  /**
   * {@code org.example.web.Handler}, whose method {@code handle(Object response)} runs these
   * statements, one per line.
   */
  static JavaFileObject handler(String... statements) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("package org.example.web;");
    lines.add("");
    lines.add("import org.example.portal.PortalCookies;");
    lines.add("");
    lines.add("class Handler {");
    lines.add("  void handle(Object response) {");
    for (String statement : statements) {
      lines.add("    " + statement);
    }
    lines.add("  }");
    lines.add("}");
    return JavaFileObjects.forSourceLines("org.example.web.Handler", lines);
  }
}
