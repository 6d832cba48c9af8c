package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;

/**
 * Charter order: sections by category in enum order, then classes by qualified name, then fields in
 * source order; the same whatever order javac reads the sources in.
 */
class CharterOrderTest {
  private static final JavaFileObject ZETA =
      Fixtures.declaring(
          "org.b.Zeta",
          Fixtures.cookie("Z_THIRD", "z_third", "THIRD_PARTY"),
          Fixtures.cookie("Z_NECESSARY", "z_necessary", "NECESSARY"));
  private static final JavaFileObject ALPHA =
      Fixtures.declaring(
          "org.a.Alpha",
          // Source order, not alphabetical order, decides within a class.
          Fixtures.cookie("SECOND", "a_second", "NECESSARY"),
          Fixtures.cookie("FIRST", "a_first", "NECESSARY"),
          Fixtures.cookie("STATS", "a_stats", "STATISTICS"),
          "  static final class Inner {",
          Fixtures.cookie("INNER", "a_inner", "NECESSARY"),
          "  }");
  private static final JavaFileObject MIDDLE =
      Fixtures.declaring("org.a.Middle", Fixtures.cookie("OWN", "m_own", "FIRST_PARTY"));
  private static final JavaFileObject SITE = Fixtures.site("org.a", "platform = \"https://o.example\"");

  @Test
  void registryListsCookiesByCategoryThenClassThenSourceOrder() throws Exception {
    Compilation compilation = compile(SITE, ZETA, ALPHA, MIDDLE);
    assertThat(compilation).succeededWithoutWarnings();

    @SuppressWarnings("unchecked")
    List<CookieDefinition> all =
        (List<CookieDefinition>) new CompiledClassLoader(compilation).call("org.a.CookieRegistry", "all");
    assertThat(all.stream().map(CookieDefinition::name).collect(Collectors.toList()))
        .containsExactly(
            "a_second", "a_first", "a_inner", "z_necessary", "a_stats", "m_own", "z_third")
        .inOrder();
  }

  @Test
  void charterHasOneSectionPerCategoryWithCookiesInEnumOrder() {
    Compilation compilation = compile(SITE, ZETA, ALPHA);
    assertThat(compilation).succeededWithoutWarnings();

    String text = generated(compilation, CharterResources.TEXT);
    String tables = text.substring(text.indexOf("<https://o.example>"));
    assertThat(tables)
        .isEqualTo(
            String.join(
                "\n",
                "<https://o.example>",
                "",
                "Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels",
                "",
                "Nom du prestataire\tService et emplacement\tNom du cookies\tFinalités",
                "P\tS\ta_second\tU",
                "P\tS\ta_first\tU",
                "P\tS\ta_inner\tU",
                "P\tS\tz_necessary\tU",
                "",
                "Cookies « statistiques » / mesure d'audience de la plateforme",
                "",
                "Nom du prestataire\tService et emplacement\tNom du cookies\tFinalités",
                "P\tS\ta_stats\tU",
                "",
                "Cookies dits « tiers » ou « third party » déposés par d'autres sites",
                "",
                "Nom du prestataire\tService et emplacement\tNom du cookies\tFinalités",
                "P\tS\tz_third\tU",
                ""));
  }

  @Test
  void outputsAreByteIdenticalWhateverTheSourceOrder() {
    List<JavaFileObject> sources = new ArrayList<>(List.of(SITE, ZETA, ALPHA, MIDDLE));
    Map<String, String> first = outputs(compile(sources.toArray(JavaFileObject[]::new)));
    Collections.reverse(sources);
    Map<String, String> reversed = outputs(compile(sources.toArray(JavaFileObject[]::new)));
    Collections.rotate(sources, 1);
    Map<String, String> rotated = outputs(compile(sources.toArray(JavaFileObject[]::new)));

    assertThat(first.keySet())
        .containsAtLeast(
            "/SOURCE_OUTPUT/org/a/CookieRegistry.java",
            "/CLASS_OUTPUT/" + CharterResources.TEXT,
            "/CLASS_OUTPUT/" + CharterResources.MARKDOWN,
            "/CLASS_OUTPUT/" + CharterResources.HTML,
            "/CLASS_OUTPUT/" + CharterResources.JSON);
    assertThat(reversed).isEqualTo(first);
    assertThat(rotated).isEqualTo(first);
  }

  /** The generated sources and resources (class files aside) by path. */
  private static Map<String, String> outputs(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> outputs = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        try (InputStream in = file.openInputStream()) {
          outputs.put(file.toUri().getPath(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return outputs;
  }
}
