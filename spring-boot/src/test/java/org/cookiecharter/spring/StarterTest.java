package org.cookiecharter.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.cookiecharter.guard.CookieCharterFilter;
import org.cookiecharter.guard.CookieConsentReader;
import org.cookiecharter.guard.DeclaredCookies;
import org.cookiecharter.spring.app.TestApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The starter in a Spring MVC application with Spring Security, on its embedded Tomcat, over real
 * HTTP: the guard before Security's chain, in block mode; the pages served to anyone.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "cookiecharter.guard.mode=block")
class StarterTest {
  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StarterTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> setCookieNames(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, header.indexOf('=')))
        .toList();
  }

  @Test
  void theGuardRunsBeforeSpringSecurityOnEveryDispatchItChecks() {
    FilterRegistrationBean<?> guard =
        context.getBean(
            CookieCharterGuardAutoConfiguration.FILTER_REGISTRATION, FilterRegistrationBean.class);
    AbstractFilterRegistrationBean<?> security =
        context.getBean("securityFilterChainRegistration", AbstractFilterRegistrationBean.class);

    assertTrue(guard.getFilter() instanceof CookieCharterFilter);
    assertEquals(CookieCharterGuardAutoConfiguration.FILTER_ORDER, guard.getOrder());
    assertTrue(guard.getOrder() < security.getOrder(), "before Spring Security");
    assertTrue(guard.getOrder() < Integer.MIN_VALUE + 50, "before Spring Session");
    assertEquals(
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC),
        EnumSet.copyOf(guard.determineDispatcherTypes()));
  }

  @Test
  void inBlockModeACookieNeedsItsDeclarationAndTheVisitorsConsent() throws Exception {
    int revision = context.getBean(CookieConsentReader.class).revision();
    assertEquals(
        DeclaredCookies.fromClassPath(getClass().getClassLoader())
            .consent()
            .orElseThrow()
            .revision(),
        revision);

    assertEquals(List.of(), setCookieNames(get("/set?name=tracker")), "undeclared");
    assertEquals(List.of(), setCookieNames(get("/set?name=_pk_id.1")), "no consent yet");
    assertEquals(
        List.of("_pk_id.1"),
        setCookieNames(get("/set?name=_pk_id.1", "Cookie", consent(revision, "statistics"))));
    assertEquals(
        List.of(),
        setCookieNames(get("/set?name=_pk_id.1", "Cookie", consent(revision - 1, "statistics"))),
        "a choice made before the cookie list changed");
  }

  /** CookieConsent's cookie, as it writes it. */
  private static String consent(int revision, String... categories) {
    String json =
        "{\"categories\":[\""
            + String.join("\",\"", categories)
            + "\"],\"revision\":"
            + revision
            + "}";
    return "cc_cookie=" + URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void thePolicyIsAPageThatAnyoneReadsWithItsStylesheet() throws Exception {
    HttpResponse<byte[]> page = get("/charte-cookies");

    assertEquals(200, page.statusCode());
    assertEquals(
        "text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
    Document html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
    assertEquals("fr", html.select("html").attr("lang"));
    assertEquals("Charte cookies", html.title());
    assertEquals("/charte-cookies.css", html.select("link[rel=stylesheet]").attr("href"));
    Document fragment =
        Jsoup.parseBodyFragment(
            new String(resource(CharterResources.HTML), StandardCharsets.UTF_8));
    assertEquals(
        fragment.select("section.cookie-charter").outerHtml(),
        html.select("body > section.cookie-charter").outerHtml());
    assertEquals(
        List.of("JSESSIONID", "_pk_id.*"),
        html.select("section.cookie-charter tbody tr td:nth-child(3)").eachText());

    Document english =
        Jsoup.parse(new String(get("/cookie-policy").body(), StandardCharsets.UTF_8));
    assertEquals("en", english.select("html").attr("lang"));
    assertEquals("Cookie policy", english.title());
  }

  @Test
  void theFilesAreServedAsTheBuildWroteThem() throws Exception {
    record Served(String path, String resource, String type) {}
    for (Served served :
        List.of(
            new Served("/charte-cookies.txt", CharterResources.TEXT, "text/plain;charset=UTF-8"),
            new Served(
                "/charte-cookies.css", CharterResources.STYLESHEET, "text/css;charset=UTF-8"),
            new Served("/cookies.json", CharterResources.JSON, "application/json"),
            new Served(
                "/cookie-charter/consent/cookieconsent-config.js",
                CharterResources.COOKIECONSENT_CONFIG,
                "text/javascript;charset=UTF-8"),
            new Served(
                "/cookie-charter/consent/klaro-config.js",
                CharterResources.KLARO_CONFIG,
                "text/javascript;charset=UTF-8"),
            new Served(
                "/cookie-charter/consent/tarteaucitron-services.js",
                CharterResources.TARTEAUCITRON_SERVICES,
                "text/javascript;charset=UTF-8"))) {
      HttpResponse<byte[]> response = get(served.path());
      assertEquals(200, response.statusCode(), served.path());
      assertEquals(served.type(), response.headers().firstValue("Content-Type").orElseThrow());
      assertArrayEquals(resource(served.resource()), response.body(), served.path());
    }
  }

  @Test
  void theCookiesEndpointIsNotExposedUnlessTheApplicationSaysSo() throws Exception {
    assertEquals(404, get("/actuator/cookies", ActuatorEndpointTest.administrator()).statusCode());
  }

  @Test
  void theApplicationsOwnMappingAndSecurityStayItsOwn() throws Exception {
    HttpResponse<byte[]> own = get("/cookie-policy.txt");
    assertEquals(TestApplication.OWN_POLICY_TEXT, new String(own.body(), StandardCharsets.UTF_8));

    HttpResponse<byte[]> protectedPage = get("/private");
    assertEquals(401, protectedPage.statusCode(), "the application's chain asks who it is");
    assertTrue(protectedPage.headers().firstValue("WWW-Authenticate").isPresent());
  }
}
