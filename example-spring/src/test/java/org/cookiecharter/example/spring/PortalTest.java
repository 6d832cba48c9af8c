package org.cookiecharter.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cookiecharter.Json;
import org.cookiecharter.guard.CookieCharterAssertions;
import org.cookiecharter.guard.DeclaredCookies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal on its embedded Tomcat, over real HTTP, as a visitor's browser and its administrator
 * use it: the charter lists Spring's own cookies, which pass the guard; the audience cookie waits
 * for consent, and the administrator sees it dropped.
 */
@SpringBootTest(
    classes = PortalApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalTest {
  @LocalServerPort int port;

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A browser: it keeps its cookies, and does not follow redirects. */
  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private static List<String> setCookieNames(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, header.indexOf('=')))
        .toList();
  }

  @Test
  void theCharterListsEveryCookieSpringSetsForThePortal() throws Exception {
    HttpResponse<String> page =
        browser()
            .send(
                HttpRequest.newBuilder(uri("/charte-cookies")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, page.statusCode());
    Document html = Jsoup.parse(page.body());
    assertEquals(
        List.of("JSESSIONID", "XSRF-TOKEN", "remember-me", "lang", "_pk_id.*"),
        html.select("section.cookie-charter tbody tr td:nth-child(3)").eachText());
  }

  @Test
  void springSecuritysOwnCookiesPassTheGuardBecauseTheyAreDeclared() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> loginPage =
        browser.send(
            HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(List.of("XSRF-TOKEN"), setCookieNames(loginPage));
    String csrf = Jsoup.parse(loginPage.body()).select("input[name=_csrf]").attr("value");

    String form =
        "username=reader&password=example&remember-me=on&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(302, login.statusCode());
    assertEquals(uri("/").toString(), login.headers().firstValue("Location").orElseThrow());
    List<String> set = setCookieNames(login);
    assertTrue(set.containsAll(List.of("JSESSIONID", "remember-me", "XSRF-TOKEN")), set.toString());
    CookieCharterAssertions.assertDeclared(login);

    HttpResponse<String> account =
        browser.send(
            HttpRequest.newBuilder(uri("/account?lang=en")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals("Votre compte", account.body());
    assertEquals(List.of("lang"), setCookieNames(account));
  }

  @Test
  void theAudienceCookieWaitsForConsentAndTheAdministratorSeesItDropped() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> before =
        browser.send(
            HttpRequest.newBuilder(uri("/audience")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(List.of(), setCookieNames(before), "dropped before consent");
    assertTrue(
        assertThrowsAssertion(() -> CookieCharterAssertions.assertConsented(before)).isEmpty(),
        "what reached the browser respects consent");

    int revision =
        DeclaredCookies.fromClassPath(getClass().getClassLoader())
            .consent()
            .orElseThrow()
            .revision();
    String consent =
        "cc_cookie="
            + URLEncoder.encode(
                    "{\"categories\":[\"necessary\",\"statistics\"],\"revision\":" + revision + "}",
                    StandardCharsets.UTF_8)
                .replace("+", "%20");
    HttpResponse<String> after =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/audience")).header("Cookie", consent).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(List.of("_pk_id.1"), setCookieNames(after), "set once statistics are accepted");
    CookieCharterAssertions.assertConsented(after);

    HttpResponse<String> endpoint =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/actuator/cookies"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "admin:example-admin".getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, endpoint.statusCode());
    Map<?, ?> seen = (Map<?, ?>) ((Map<?, ?>) Json.parse(endpoint.body())).get("seen");
    assertEquals(1, ((Number) ((Map<?, ?>) seen.get("unconsented")).get("_pk_id.1")).intValue());
    assertEquals(Map.of(), seen.get("undeclared"));
  }

  /** The message of the assertion that {@code check} fails with; empty when it passes. */
  private static String assertThrowsAssertion(Runnable check) {
    try {
      check.run();
      return "";
    } catch (AssertionError e) {
      return String.valueOf(e.getMessage());
    }
  }
}
