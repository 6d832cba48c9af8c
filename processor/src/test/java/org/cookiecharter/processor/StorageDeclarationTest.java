package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys of the browser's storage declared beside cookies ({@code storage = LOCAL_STORAGE}): every
 * output names them as such, and the banners clear only cookies.
 */
class StorageDeclarationTest {
  private static Compilation compilation;

  @BeforeAll
  static void compilePortal() {
    compilation =
        TestSources.create()
            .withSite()
            .with(
                JavaFileObjects.forSourceString(
                    "org.example.portal.PortalCookies",
                    """
                    package org.example.portal;

                    import org.cookiecharter.CookieCategory;
                    import org.cookiecharter.CookieStorage;
                    import org.cookiecharter.DeclaredCookie;

                    public final class PortalCookies {
                      @DeclaredCookie(
                          provider = "Portal",
                          service = "Cartes",
                          purpose = "Garder le zoom de la carte",
                          category = CookieCategory.FIRST_PARTY,
                          storage = CookieStorage.LOCAL_STORAGE)
                      public static final String MAP_ZOOM = "map zoom";

                      @DeclaredCookie(
                          provider = "Portal",
                          service = "Cartes",
                          purpose = "Suivre la carte",
                          category = CookieCategory.FIRST_PARTY)
                      public static final String MAP_ID = "map_id";

                      @DeclaredCookie(
                          provider = "Portal",
                          service = "Onglets",
                          purpose = "Garder l'onglet ouvert",
                          category = CookieCategory.NECESSARY,
                          storage = CookieStorage.SESSION_STORAGE)
                      public static final String TAB = "tab";
                    }
                    """))
            .compile();
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theCharterNamesTheStorageOfEachKey() {
    Document html = Jsoup.parseBodyFragment(generated(compilation, CharterResources.HTML));
    List<String> names = new ArrayList<>();
    html.select("tbody tr").forEach(row -> names.add(row.child(2).text()));
    assertThat(names)
        .containsExactly(
            "tab (stockage de session du navigateur)",
            "map zoom (stockage local du navigateur)",
            "map_id")
        .inOrder();
    assertThat(html.select("em.cookie-storage").eachText())
        .containsExactly("(stockage de session du navigateur)", "(stockage local du navigateur)");
    assertThat(generated(compilation, CharterResources.TEXT))
        .contains("\tmap zoom (stockage local du navigateur)\t");
    assertThat(generated(compilation, CharterResources.MARKDOWN))
        .contains("| map zoom (stockage local du navigateur) |");
  }

  @Test
  void cookiesJsonSaysWhereEachNameIsKept() throws Exception {
    JsonNode cookies =
        new ObjectMapper().readTree(generated(compilation, CharterResources.JSON)).get("cookies");
    List<String> storage = new ArrayList<>();
    cookies.forEach(
        cookie ->
            storage.add(cookie.get("name").asText() + "=" + cookie.path("storage").asText("-")));
    assertThat(storage).containsExactly("tab=sessionStorage", "map zoom=localStorage", "map_id=-");
  }

  @Test
  void bannersClearCookiesOnlyAndListKeysAsSuch() {
    String cookieConsent = generated(compilation, CharterResources.COOKIECONSENT_CONFIG);
    assertThat(cookieConsent).contains("\"autoClear\": {\"cookies\": [{\"name\": \"map_id\"}]}");
    assertThat(cookieConsent).contains("{\"name\": \"map zoom (localStorage)\"");
    String klaro = generated(compilation, CharterResources.KLARO_CONFIG);
    assertThat(klaro).contains("\"cookies\": [\"map_id\"]");
    assertThat(klaro).contains("\"cookies\": [],");
    String tarteaucitron = generated(compilation, CharterResources.TARTEAUCITRON_SERVICES);
    assertThat(tarteaucitron).contains("\"cookies\": [\"map_id\"]");
  }
}
