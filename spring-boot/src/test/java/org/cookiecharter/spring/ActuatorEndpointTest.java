package org.cookiecharter.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.Json;
import org.cookiecharter.guard.DeclaredCookies;
import org.cookiecharter.spring.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The endpoint {@code cookies}, exposed by the application, read over real HTTP by its
 * administrator: the declarations, the fingerprints, and what the guard dropped since start-up.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cookiecharter.guard.mode=block",
      "management.endpoints.web.exposure.include=cookies"
    })
class ActuatorEndpointTest {
  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String[] administrator() {
    return new String[] {
      "Authorization",
      "Basic "
          + Base64.getEncoder().encodeToString("admin:test-only".getBytes(StandardCharsets.UTF_8))
    };
  }

  @Test
  void theEndpointListsTheDeclarationsAndWhatTheGuardDropped() throws Exception {
    get("/set?name=tracker");
    get("/set?name=tracker");
    get("/set?name=_pk_id.1");

    HttpResponse<String> response = get("/actuator/cookies", administrator());
    assertEquals(200, response.statusCode(), response.body());
    Map<?, ?> report = (Map<?, ?>) Json.parse(response.body());
    ConsentFingerprints built =
        DeclaredCookies.fromClassPath(getClass().getClassLoader()).consent().orElseThrow();
    assertEquals(
        List.of(
            Map.of(
                "name", "JSESSIONID",
                "category", "necessary",
                "consentCategory", "necessary",
                "requiresConsent", false,
                "duration", "session"),
            Map.of(
                "name", "_pk_id.*",
                "category", "statistics",
                "consentCategory", "statistics",
                "requiresConsent", true,
                "duration", "P13M")),
        report.get("declared"));
    Map<?, ?> consent = (Map<?, ?>) report.get("consent");
    assertEquals(built.revision(), ((Number) consent.get("revision")).intValue());
    assertEquals(built.byCategory(), consent.get("fingerprints"));
    Map<?, ?> seen = (Map<?, ?>) report.get("seen");
    assertEquals(Map.of("tracker", 2), numbers((Map<?, ?>) seen.get("undeclared")));
    assertEquals(Map.of("_pk_id.1", 1), numbers((Map<?, ?>) seen.get("unconsented")));

    assertEquals(401, get("/actuator/cookies").statusCode(), "not public");
  }

  private static Map<Object, Integer> numbers(Map<?, ?> counts) {
    Map<Object, Integer> ints = new java.util.TreeMap<>();
    counts.forEach((key, value) -> ints.put(key, ((Number) value).intValue()));
    return ints;
  }
}
