package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.example.commons.CommonCookies;
import org.junit.jupiter.api.Test;

/**
 * The charter this module's Maven build generated (processor on the annotation processor path) is
 * the published data.artisanat.fr charter, the platform aside, with a duration column (the portal's
 * cookies declare how long they last, as the code sets them) and a section for the audience
 * measurement cookie that the portal sets once the visitor accepted it.
 */
class GeneratedCharterTest {

  @Test
  void textCharterIsThePublishedOneWithADurationColumnAndTheAudienceCookie() throws IOException {
    String published;
    try (InputStream in = getClass().getResourceAsStream("/published/data.artisanat.fr.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String expected = published.replace("https://data.artisanat.fr", CookieRegistry.platform());
    List<String> charter = nonBlankLines(CharterFiles.read(CharterResources.TEXT));

    // The saved page differs in blank lines only, and has no duration column.
    List<String> publishedLines = nonBlankLines(expected);
    assertEquals(
        publishedLines,
        charter.subList(0, publishedLines.size()).stream()
            .map(GeneratedCharterTest::withoutDuration)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "Durée", "Session (supprimé à la fermeture du navigateur)", "1 an", "1 an", "6 mois"),
        charter.subList(0, publishedLines.size()).stream()
            .filter(line -> line.contains("\t"))
            .map(line -> line.split("\t", -1)[3])
            .collect(Collectors.toList()));
    // After it: the portal's storage key, its audience measurement, the map it embeds.
    String header = "Nom du prestataire\tService et emplacement\tNom du cookies\tDurée\tFinalités";
    assertEquals(
        List.of(
            "Opendatasoft\tListe des jeux de données (front office)\tods_datasets_view (stockage"
                + " local du navigateur)\t\tGarder l'affichage choisi pour la liste des jeux de"
                + " données",
            "Cookies « statistiques » / mesure d'audience de la plateforme",
            header,
            "Opendatasoft\tMesure d'audience (front office)\tods_visitor\t1 an\tCompter les"
                + " visiteurs et les pages qu'ils consultent, pour améliorer le portail",
            "Opendatasoft\tMesure d'audience (front office)\t_pk_id.*\t13 mois\tReconnaître le"
                + " navigateur d'une visite à l'autre, pour compter les visiteurs",
            "Opendatasoft\tMesure d'audience (front office)\t_pk_ses.*\t30 minutes\tRegrouper"
                + " les pages vues au cours d'une même visite",
            "Cookies dits « tiers » ou « third party » déposés par d'autres sites",
            header,
            "Carto (carte intégrée)\tCarte des jeux de données (accueil)\tmap_prefs\t30 jours"
                + "\tGarder la position et le zoom de la carte"),
        charter.subList(publishedLines.size(), charter.size()));
  }

  /** A table row without its fourth cell, the duration, which the published charter lacks. */
  private static String withoutDuration(String line) {
    List<String> cells = new java.util.ArrayList<>(List.of(line.split("\t", -1)));
    if (cells.size() == 5) {
      cells.remove(3);
    }
    return String.join("\t", cells);
  }

  @Test
  void registryListsTheLibrarysCookiesThenThePortalsInCharterOrder() {
    assertEquals(
        List.of(
            CommonCookies.SESSION_ID,
            CommonCookies.LANGUAGE,
            PortalCookies.CSRF_TOKEN,
            PortalCookies.COOKIE_PREFERENCES,
            PortalCookies.DATASETS_VIEW,
            PortalCookies.VISITOR,
            PortalCookies.AUDIENCE_ID,
            PortalCookies.AUDIENCE_SESSION,
            PortalCookies.MAP_PREFERENCES),
        CookieRegistry.all().stream().map(CookieDefinition::name).collect(Collectors.toList()));
  }

  private static List<String> nonBlankLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
  }
}
