package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.example.commons.CommonCookies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal over real HTTP, on a free port. */
class PortalServerTest {
  private static PortalServer server;

  private HttpClient client;
  private CookieManager cookies;

  /** Every cookie name the portal set during the test. */
  private final List<String> setCookieNames = new ArrayList<>();

  @BeforeAll
  static void startPortal() throws Exception {
    server = PortalServer.start("localhost", 0);
  }

  @AfterAll
  static void stopPortal() {
    server.close();
  }

  @BeforeEach
  void newVisitor() {
    cookies = new CookieManager();
    client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Test
  void servesTheGeneratedCharterAsAnHtmlPage() throws Exception {
    HttpResponse<String> page = get("/charte-cookies");

    assertEquals(200, page.statusCode());
    assertEquals(
        "text/html;charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
    assertTrue(page.body().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n"), page.body());
    assertTrue(page.body().contains(CharterFiles.read(CharterResources.HTML)));
    assertTrue(
        page.body().contains("<title>Charte cookies · https://data.example.org</title>"),
        page.body());
  }

  @Test
  void servesTheGeneratedTextCharter() throws Exception {
    HttpResponse<String> text = get("/charte-cookies.txt");

    assertEquals(200, text.statusCode());
    assertEquals(
        "text/plain;charset=utf-8", text.headers().firstValue("content-type").orElseThrow());
    assertEquals(CharterFiles.read(CharterResources.TEXT), text.body());
    assertTrue(text.body().startsWith("Charte cookies\n"));
  }

  @Test
  void servesTheGeneratedJson() throws Exception {
    HttpResponse<String> json = get("/cookies.json");

    assertEquals(200, json.statusCode());
    assertEquals(
        "application/json;charset=utf-8", json.headers().firstValue("content-type").orElseThrow());
    JsonNode root = new ObjectMapper().readTree(json.body());
    assertEquals("https://data.example.org", root.get("platform").asText());
    List<String> names = new ArrayList<>();
    root.get("cookies").forEach(cookie -> names.add(cookie.get("name").asText()));
    assertEquals(
        CookieRegistry.all().stream().map(CookieDefinition::name).collect(Collectors.toList()),
        names);
    assertEquals(
        List.of(
            "sessionid",
            "django_language",
            "csrftoken",
            "cookies_preferences",
            "ods_datasets_view",
            "ods_visitor",
            "_pk_id.*",
            "_pk_ses.*",
            "map_prefs"),
        names);
  }

  @Test
  void everyCookieTheHandlersSetIsDeclared() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    String token = cookie(PortalCookies.CSRF_TOKEN);

    assertEquals(
        303,
        post("/login", Map.of("username", "alice", "csrfmiddlewaretoken", token)).statusCode());
    assertTrue(get("/").body().contains("Connecté en tant que alice"));
    assertEquals(
        303, post("/langue", Map.of("language", "en", "csrfmiddlewaretoken", token)).statusCode());
    assertEquals("en", cookie(CommonCookies.LANGUAGE));
    consentTo("necessary", "statistics");
    String english = get("/").body();
    assertTrue(english.contains("Logged in as alice"), english);
    assertEquals(303, post("/logout", Map.of("csrfmiddlewaretoken", token)).statusCode());
    assertTrue(get("/").body().contains("Log in"));

    assertEquals(
        List.of("csrftoken", "sessionid", "django_language", "ods_visitor", "sessionid"),
        setCookieNames);
    for (String name : setCookieNames) {
      assertTrue(CookieRegistry.isDeclared(name), name + " is set but not declared");
    }
  }

  @Test
  void everyPageRunsTheConsentBannerWithTheGeneratedConfiguration() throws Exception {
    String scripts =
        "<script src=\"/consent/cookieconsent-config.js\"></script>\n"
            + "<script src=\"/vendor/cookieconsent/cookieconsent.umd.js\"></script>\n"
            + "<script src=\"/consent.js\" data-cookie=\"cookies_preferences\" data-days=\"182\">"
            + "</script>\n</body>";
    for (String page : List.of("/", "/charte-cookies")) {
      String body = get(page).body();
      assertTrue(body.contains(scripts), body);
      assertTrue(
          body.contains(
              "<link rel=\"stylesheet\" href=\"/vendor/cookieconsent/cookieconsent.css\">"),
          body);
      assertTrue(body.contains("<button type=\"button\" data-cc=\"show-preferencesModal\">"));
    }

    HttpResponse<String> config = get("/consent/cookieconsent-config.js");
    assertEquals(
        "text/javascript;charset=utf-8", config.headers().firstValue("content-type").orElseThrow());
    assertEquals(CharterFiles.read(CharterResources.COOKIECONSENT_CONFIG), config.body());
    assertTrue(
        get("/vendor/cookieconsent/cookieconsent.umd.js")
            .body()
            .startsWith("/*!\n* CookieConsent 3.1.0\n"));
    assertEquals(
        "text/css;charset=utf-8",
        get("/vendor/cookieconsent/cookieconsent.css")
            .headers()
            .firstValue("content-type")
            .orElseThrow());
    assertTrue(get("/consent.js").body().contains("CookieConsent.run(config);"));
  }

  @Test
  void theAudienceCookieFollowsTheVisitorsConsent() throws Exception {
    get("/");
    assertFalse(setCookieNames.contains(PortalCookies.VISITOR), "no choice yet");

    consentTo("necessary");
    get("/");
    assertFalse(setCookieNames.contains(PortalCookies.VISITOR), "statistics refused");

    consentTo("necessary", "statistics");
    HttpResponse<String> accepted = get("/");
    String visitor = setCookie(accepted, PortalCookies.VISITOR);
    assertTrue(visitor.contains("Max-Age=31536000"), visitor);
    get("/");
    assertEquals(1, setCookieNames.stream().filter(PortalCookies.VISITOR::equals).count());

    consentTo("necessary");
    String removed = setCookie(get("/"), PortalCookies.VISITOR);
    assertTrue(removed.startsWith("ods_visitor=; Path=/; Expires=Thu, 01 Jan 1970"), removed);
  }

  @Test
  void aConsentCookieThatIsNotTheBannersCountsAsNoConsent() throws Exception {
    for (String value : List.of("statistics", "%7B%22categories%22%3A%22statistics%22%7D", "%")) {
      newVisitor();
      cookies.getCookieStore().add(uri("/"), preferences(value));
      get("/");
      assertFalse(setCookieNames.contains(PortalCookies.VISITOR), value);
    }
  }

  @Test
  void sessionCookieIsHttpOnly() throws Exception {
    get("/");
    HttpResponse<String> login =
        post(
            "/login",
            Map.of("username", "bob", "csrfmiddlewaretoken", cookie(PortalCookies.CSRF_TOKEN)));

    String setCookie = login.headers().firstValue("set-cookie").orElseThrow();
    assertTrue(setCookie.startsWith("sessionid="), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
  }

  @Test
  void formWithoutTheCsrfTokenIsRefusedAndSetsNothing() throws Exception {
    get("/");
    setCookieNames.clear();

    HttpResponse<String> refused = post("/login", Map.of("username", "mallory"));

    assertEquals(403, refused.statusCode());
    assertEquals(List.of(), setCookieNames);
  }

  @Test
  void unknownPathIsNotFound() throws Exception {
    assertEquals(404, get("/datasets/unknown").statusCode());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String header : response.headers().allValues("set-cookie")) {
      setCookieNames.add(HttpCookie.parse("set-cookie: " + header).get(0).getName());
    }
    return response;
  }

  /**
   * The visitor's choice, as the consent banner (CookieConsent) writes it under the build's
   * revision: its JSON, encoded as JavaScript's encodeURIComponent does.
   */
  private void consentTo(String... categories) {
    String json =
        "{\"categories\":[\""
            + String.join("\",\"", categories)
            + "\"],\"revision\":"
            + PortalServer.CONSENT.revision()
            + ",\"data\":null,\"consentId\":\"5f0e\",\"services\":{}}";
    cookies
        .getCookieStore()
        .add(
            uri("/"),
            preferences(URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20")));
  }

  private static HttpCookie preferences(String value) {
    HttpCookie cookie = new HttpCookie(PortalCookies.COOKIE_PREFERENCES, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    return cookie;
  }

  private static String setCookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("set-cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Set-Cookie " + name));
  }

  private String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private static URI uri(String path) {
    return server.uri().resolve(path.substring(1));
  }
}
