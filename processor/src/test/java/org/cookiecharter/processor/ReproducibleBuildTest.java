package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.processor.codegen.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give byte-identical generated sources and resources, build after build and
 * whatever order javac reads the files in: nothing depends on time, hash order or file order.
 */
class ReproducibleBuildTest {
  /** Where the index entries of the declaring classes go. */
  private static final String INDEX = "classes/org/cookiecharter/aggregated/Declares_";

  @TempDir Path directory;

  /** Sources with every kind of output: a charter, tricky texts, several packages, a handler. */
  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources =
        new ArrayList<>(
            List.of(
                TestSources.create()
                    .withStubs()
                    .withSite()
                    .withPortalCookies()
                    .with(EscapingTest.tricky())
                    .sources()));
    for (int i = 0; i < 6; i++) {
      sources.add(
          Fixtures.declaring(
              "org.example.m" + (i % 3) + ".Cookies" + i,
              Fixtures.cookie("B" + i, "b_" + i, i % 2 == 0 ? "THIRD_PARTY" : "STATISTICS"),
              Fixtures.cookie("A" + i, "a_" + i, "NECESSARY"),
              Fixtures.cookie("F" + i, "f_" + i + "_*", "FIRST_PARTY")));
    }
    sources.add(
        Fixtures.declaring( // durations: the charter's duration column, and an exempt cookie
            "org.example.m9.Measures",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.STATISTICS, duration = \"P13M\", exempt = true)",
            "  static final String VISITOR = \"_pk_id.*\";",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY, duration = \"session\")",
            "  static final String FORM = \"form\";",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.FIRST_PARTY, duration = \"P1Y2M3D\")",
            "  static final String PREFS = \"prefs\";"));
    sources.add(Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");"));
    return sources;
  }

  @Test
  void buildsAreByteIdenticalWhateverTheSourceOrder() {
    List<JavaFileObject> sources = sources();
    Map<String, String> first = build("first", sources);
    Map<String, String> second = build("second", sources);
    Random random = new Random(42);
    List<Map<String, String>> shuffled = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<JavaFileObject> order = new ArrayList<>(sources);
      Collections.shuffle(order, random);
      shuffled.add(build("shuffled" + i, order));
    }

    List<String> expected =
        new ArrayList<>(
            List.of(
                "classes/" + CharterResources.TEXT,
                "classes/" + CharterResources.MARKDOWN,
                "classes/" + CharterResources.HTML,
                "classes/" + CharterResources.STYLESHEET,
                "classes/" + CharterResources.KLARO_CONFIG,
                "classes/" + CharterResources.TARTEAUCITRON_SERVICES,
                "classes/" + CharterResources.COOKIECONSENT_CONFIG,
                "classes/" + CharterResources.JSON,
                "classes/org/example/portal/CookieRegistry.cookies",
                "classes/" + OutputWriter.nativeImageConfigPath("org.example.portal"),
                "generated-sources/org/example/portal/CookieRegistry.java",
                "classes/org/cookiecharter/aggregated/Charter_org_example_portal.class",
                INDEX + "org_example_portal_PortalCookies.class",
                INDEX + "org_example_portal_Tricky.class"));
    for (int i = 0; i < 6; i++) {
      expected.add(INDEX + "org_example_m" + (i % 3) + "_Cookies" + i + ".class");
    }
    expected.add(INDEX + "org_example_m9_Measures.class");
    assertThat(first.keySet()).containsExactlyElementsIn(expected);
    assertThat(second).isEqualTo(first);
    for (Map<String, String> other : shuffled) {
      assertThat(other).isEqualTo(first);
    }
  }

  private Map<String, String> build(String name, List<JavaFileObject> sources) {
    DirectoryCompilation compilation =
        DirectoryCompilation.compile(
            directory.resolve(name), List.of(), sources.toArray(JavaFileObject[]::new));
    assertThat(compilation.diagnostics).isEmpty();
    return compilation.outputDigests();
  }
}
