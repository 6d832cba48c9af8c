package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal whose cookies declare lifetimes, read back with each format's own parser: the duration
 * column after the name, the exempt mark, and the registry's typed lifetimes.
 */
class LifetimeCharterTest {
  private static final String EXEMPT =
      "Exempté de consentement : mesure d'audience anonyme, réservée à la plateforme, dans les"
          + " conditions de la CNIL.";

  private static Compilation compilation;

  @BeforeAll
  static void compilePortal() {
    compilation =
        TestSources.create()
            .withSite("https://www.info-financiere.gouv.fr")
            .with(Fixtures.portalCookiesWithLifetimes())
            .compile();
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void htmlTablesHaveADurationColumnAfterTheName() {
    Document document = Jsoup.parseBodyFragment(generated(compilation, CharterResources.HTML));

    List<String> headings = new ArrayList<>();
    for (Element table : document.select("table")) {
      headings.add(String.join("|", table.select("thead th").eachText()));
    }
    assertThat(headings)
        .containsExactly(
            "Nom du prestataire|Service et emplacement|Nom du cookies|Durée|Finalités",
            "Nom du prestataire|Service et emplacement|Nom du cookies|Durée|Finalités",
            "Nom du prestataire|Service et emplacement|Nom du cookies|Durée|Finalités");
    List<List<String>> rows = new ArrayList<>();
    for (Element row : document.select("tbody tr")) {
      rows.add(List.of(row.child(2).text(), row.child(3).text()));
    }
    assertThat(rows)
        .containsExactly(
            List.of("sessionid", "2 semaines"),
            List.of("django_language", "1 an"),
            List.of("csrftoken", "12 mois"),
            List.of("cookies_preferences", "6 mois"),
            List.of("form_token", "Session (supprimé à la fermeture du navigateur)"),
            List.of("_pk_id.*", "13 mois"),
            List.of("_pk_ses.*", "30 minutes"),
            List.of("VISITOR_INFO1_LIVE", ""))
        .inOrder();
    assertThat(document.select("em.cookie-exempt").eachText()).containsExactly(EXEMPT, EXEMPT);
    assertThat(document.select("tr:has(em.cookie-exempt) td:eq(2)").eachText())
        .containsExactly("_pk_id.*", "_pk_ses.*");
  }

  @Test
  void markdownRowsHaveTheDurationAndTheExemptMark() {
    List<List<String>> rows =
        MarkdownTables.bodyRows(generated(compilation, CharterResources.MARKDOWN));

    assertThat(rows.get(0))
        .containsExactly(
            "Opendatasoft",
            "Authentification (front et back office)",
            "sessionid",
            "2 semaines",
            "Se souvenir de l'utilisateur d'une page à une autre.")
        .inOrder();
    assertThat(rows.get(5))
        .containsExactly(
            "Matomo (hébergé par la plateforme)",
            "Mesure d'audience (toutes les pages)",
            "_pk_id.*",
            "13 mois",
            "Distinguer les visiteurs pour des statistiques anonymes de fréquentation — " + EXEMPT)
        .inOrder();
    assertThat(rows.get(7).get(3)).isEmpty();
  }

  @Test
  void textRowsHaveTheDurationAsTheirFourthCell() {
    List<String> lines = generated(compilation, CharterResources.TEXT).lines().toList();

    assertThat(lines)
        .contains("Nom du prestataire\tService et emplacement\tNom du cookies\tDurée\tFinalités");
    assertThat(lines)
        .contains(
            "Matomo (hébergé par la plateforme)\tMesure d'audience (toutes les pages)\t_pk_ses.*"
                + "\t30 minutes\tRegrouper les pages vues d'une même visite — "
                + EXEMPT);
    assertThat(lines)
        .contains(
            "YouTube\tVidéos intégrées (pages de jeux de données)\tVISITOR_INFO1_LIVE\t\tMesurer"
                + " l'audience des vidéos et proposer des recommandations");
  }

  @Test
  void jsonHasTheDeclaredDurationAndTheExemption() throws Exception {
    JsonNode cookies =
        new ObjectMapper().readTree(generated(compilation, CharterResources.JSON)).get("cookies");

    JsonNode visitor = cookies.get(5);
    assertThat(visitor.get("name").asText()).isEqualTo("_pk_id.*");
    assertThat(visitor.get("duration").asText()).isEqualTo("P13M");
    assertThat(visitor.get("exempt").asBoolean()).isTrue();
    assertThat(visitor.get("requiresConsent").asBoolean()).isFalse();
    JsonNode youtube = cookies.get(7);
    assertThat(youtube.has("duration")).isFalse();
    assertThat(youtube.has("exempt")).isFalse();
    assertThat(youtube.get("requiresConsent").asBoolean()).isTrue();
    assertThat(cookies.get(4).get("duration").asText()).isEqualTo("session");
  }

  @Test
  void theRegistryReturnsTypedLifetimesAndTheExemption() throws Exception {
    @SuppressWarnings("unchecked")
    List<CookieDefinition> all =
        (List<CookieDefinition>)
            new CompiledClassLoader(compilation).call("org.example.portal.CookieRegistry", "all");

    CookieDefinition visitor = all.get(5);
    assertThat(visitor)
        .isEqualTo(
            new CookieDefinition(
                "_pk_id.*",
                "Matomo (hébergé par la plateforme)",
                "Mesure d'audience (toutes les pages)",
                "Distinguer les visiteurs pour des statistiques anonymes de fréquentation",
                CookieCategory.STATISTICS,
                Optional.of(CookieLifetime.parse("P13M")),
                true));
    assertThat(visitor.requiresConsent()).isFalse();
    assertThat(all.get(4).lifetime().orElseThrow().isSession()).isTrue();
    assertThat(all.get(7).lifetime()).isEqualTo(Optional.empty());
    assertThat(all.get(7).requiresConsent()).isTrue();
  }
}
