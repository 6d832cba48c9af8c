package org.cookiecharter.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cookiecharter.guard.ConsentReader;
import org.cookiecharter.spring.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each part of the starter backs off as the application asks, on a real server each time. */
class BackOffTest {
  private final HttpClient client = HttpClient.newHttpClient();

  /** The test application on a free port, with these properties and sources. */
  private static ConfigurableApplicationContext start(List<Class<?>> more, String... properties) {
    List<Class<?>> sources = new ArrayList<>(List.of(TestApplication.class));
    sources.addAll(more);
    List<String> all = new ArrayList<>(List.of("server.port=0"));
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .properties(all.toArray(String[]::new))
        .run();
  }

  private HttpResponse<String> get(ConfigurableApplicationContext app, String path)
      throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void modeOffRegistersNoWorkingGuard() throws Exception {
    try (ConfigurableApplicationContext app = start(List.of(), "cookiecharter.guard.mode=off")) {
      FilterRegistrationBean<?> guard =
          app.getBean(
              CookieCharterGuardAutoConfiguration.FILTER_REGISTRATION,
              FilterRegistrationBean.class);
      assertFalse(guard.isEnabled());
      assertEquals(
          List.of("tracker=1"), get(app, "/set?name=tracker").headers().allValues("Set-Cookie"));
    }
  }

  /** A reader of the application's own: consent to statistics, always. */
  @Configuration
  static class OwnConsentReader {
    @Bean
    ConsentReader statisticsAccepted() {
      return request -> Set.of("statistics");
    }
  }

  @Test
  void theApplicationsConsentReaderReplacesCookieConsents() throws Exception {
    try (ConfigurableApplicationContext app =
        start(List.of(OwnConsentReader.class), "cookiecharter.guard.mode=block")) {
      assertEquals(1, app.getBeanNamesForType(ConsentReader.class).length);
      assertEquals(
          List.of("_pk_id.1=1"), get(app, "/set?name=_pk_id.1").headers().allValues("Set-Cookie"));
      assertEquals(List.of(), get(app, "/set?name=tracker").headers().allValues("Set-Cookie"));
    }
  }

  @Test
  void pagesOffServesNothingAndOpensNothing() throws Exception {
    try (ConfigurableApplicationContext app =
        start(List.of(), "cookiecharter.pages.enabled=false")) {
      assertEquals(0, app.getBeanNamesForType(CharterPages.class).length);
      HttpResponse<String> page = get(app, "/charte-cookies");
      assertEquals(401, page.statusCode(), "the application's chain asks who it is");
    }
  }

  @Test
  void pagesServedButNotOpenedToAnyoneWhenTheApplicationSaysSo() throws Exception {
    try (ConfigurableApplicationContext app =
        start(List.of(), "cookiecharter.pages.permit-all=false")) {
      assertEquals(401, get(app, "/charte-cookies").statusCode());
      assertTrue(app.getBeanNamesForType(CharterPages.class).length == 1);
    }
  }

  /**
   * The session cookie's name comes from server.servlet.session.cookie.name: an undeclared one
   * stops the application in block mode, with the guard's words.
   */
  @Test
  void anUndeclaredSessionCookieStopsTheApplicationInBlockMode() {
    Throwable failure =
        assertThrows(
            Throwable.class,
            () ->
                start(
                        List.of(),
                        "cookiecharter.guard.mode=block",
                        "server.servlet.session.cookie.name=portal_session")
                    .close());
    assertTrue(
        String.valueOf(failure.getMessage()).startsWith("Unable to start web server"),
        String.valueOf(failure));
    assertTrue(
        CapturedLog.messages()
            .contains(
                "cookie-charter: the container's session cookie \"portal_session\" is not"
                    + " declared: declare it with @DeclaredCookie, or name the session cookie after"
                    + " a declared cookie (SessionCookieConfig.setName,"
                    + " server.servlet.session.cookie.name...)"),
        String.join("\n", CapturedLog.messages()));
  }
}
