package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;

/**
 * Charter order: sections by category in enum order, then classes by qualified name, then fields in
 * source order. {@link ReproducibleBuildTest} checks that it does not depend on the order javac
 * reads the sources in.
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
  private static final JavaFileObject SITE =
      Fixtures.site("org.a", "platform = \"https://o.example\"");

  @Test
  void registryListsCookiesByCategoryThenClassThenSourceOrder() throws Exception {
    Compilation compilation = compile(SITE, ZETA, ALPHA, MIDDLE);
    assertThat(compilation).succeededWithoutWarnings();

    @SuppressWarnings("unchecked")
    List<CookieDefinition> all =
        (List<CookieDefinition>)
            new CompiledClassLoader(compilation).call("org.a.CookieRegistry", "all");
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
                "Cookies nécessaires au bon fonctionnement de la plateforme"
                    + " / cookies fonctionnels",
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
}
