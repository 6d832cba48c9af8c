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
        List.of("sessionid", "django_language", "csrftoken", "cookies_preferences"), names);
  }

  @Test
  void everyCookieTheHandlersSetIsDeclared() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("class=\"cookie-banner\""));
    String token = cookie(PortalCookies.CSRF_TOKEN);

    assertEquals(
        303,
        post("/login", Map.of("username", "alice", "csrfmiddlewaretoken", token)).statusCode());
    assertTrue(get("/").body().contains("Connecté en tant que alice"));
    assertEquals(
        303, post("/langue", Map.of("language", "en", "csrfmiddlewaretoken", token)).statusCode());
    assertEquals("en", cookie(CommonCookies.LANGUAGE));
    assertEquals(
        303,
        post("/cookies/preferences", Map.of("choice", "refuse", "csrfmiddlewaretoken", token))
            .statusCode());
    assertEquals("refuse", cookie(PortalCookies.COOKIE_PREFERENCES));
    String english = get("/").body();
    assertTrue(english.contains("Logged in as alice"), english);
    assertFalse(english.contains("class=\"cookie-banner\""), english);
    assertEquals(303, post("/logout", Map.of("csrfmiddlewaretoken", token)).statusCode());
    assertTrue(get("/").body().contains("Log in"));

    assertEquals(
        List.of("csrftoken", "sessionid", "django_language", "cookies_preferences", "sessionid"),
        setCookieNames);
    for (String name : setCookieNames) {
      assertTrue(CookieRegistry.isDeclared(name), name + " is set but not declared");
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
