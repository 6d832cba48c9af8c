package org.cookiecharter.guard;

import static java.util.Map.entry;
import static org.cookiecharter.guard.TestServer.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cookiecharter.guard.CookieCharterFilter.Mode;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

/** The filter as a container creates it, from its init parameters, on an embedded Jetty. */
class FilterConfigurationTest {
  /** A consent reader that a site names by its class: every category accepted. */
  public static final class AcceptsEverything implements ConsentReader {
    public AcceptsEverything() {}

    @Override
    public Set<String> acceptedCategories(HttpServletRequest request) {
      return Set.of("necessary", "statistics", "first_party", "third_party");
    }
  }

  /** A consent reader that a container cannot create. */
  public static final class Unusable implements ConsentReader {
    public Unusable(String unused) {}

    @Override
    public Set<String> acceptedCategories(HttpServletRequest request) {
      return Set.of();
    }
  }

  @Test
  @SuppressWarnings("try") // servers that are only started and stopped: init reads the mode
  void theModeIsReportUnlessBlockIsAsked() throws Exception {
    CookieCharterFilter report = new CookieCharterFilter();
    try (TestServer server = TestServer.start(report)) {
      assertEquals(Mode.REPORT, report.mode());
    }
    CookieCharterFilter block = new CookieCharterFilter();
    try (TestServer server = start(block, Map.of("mode", " BLOCK "), context -> {})) {
      assertEquals(Mode.BLOCK, block.mode());
    }
  }

  @Test
  void aConsentReaderNamedByItsClass() throws Exception {
    try (TestServer server =
        start(
            new CookieCharterFilter(),
            Map.of("mode", "block", "consent-reader", AcceptsEverything.class.getName()),
            context -> {})) {
      assertEquals(
          List.of("VISITOR_INFO1_LIVE"),
          names(server.get(List.of(entry("cookie", "VISITOR_INFO1_LIVE")))));
    }
  }

  @Test
  void aConfigurationItCannotUseFailsTheStart() {
    assertEquals(
        "cookie-charter: unknown mode \"strict\" (init parameter mode): report or block",
        failure(Map.of("mode", "strict"), context -> {}));
    assertEquals(
        "cookie-charter: cannot use the consent reader \"org.example.Missing\" (init parameter"
            + " consent-reader): no such class; give none, cookieconsent, or a ConsentReader class"
            + " with a public no-argument constructor",
        failure(Map.of("consent-reader", "org.example.Missing"), context -> {}));
    assertEquals(
        "cookie-charter: cannot use the consent reader \"java.lang.String\" (init parameter"
            + " consent-reader): it is not a ConsentReader; give none, cookieconsent, or a"
            + " ConsentReader class with a public no-argument constructor",
        failure(Map.of("consent-reader", "java.lang.String"), context -> {}));
    assertEquals(
        "cookie-charter: cannot use the consent reader"
            + " \"org.cookiecharter.guard.FilterConfigurationTest$Unusable\" (init parameter"
            + " consent-reader): it has no public no-argument constructor; give none,"
            + " cookieconsent, or a ConsentReader class with a public no-argument constructor",
        failure(Map.of("consent-reader", Unusable.class.getName()), context -> {}));
    assertEquals(
        "cookie-charter: META-INF/cookie-charter/cookies.json is not on the class path: build the"
            + " application with the cookie-charter processor, or give the declarations in code",
        failure(Map.of(), context -> context.setClassLoader(new URLClassLoader(new URL[0], null))));
  }

  private static TestServer start(
      CookieCharterFilter filter, Map<String, String> init, Consumer<ServletContextHandler> setUp)
      throws Exception {
    return TestServer.start(filter, init, ServletContextHandler.NO_SESSIONS, setUp);
  }

  /** The message of what made the start fail. */
  private static String failure(Map<String, String> init, Consumer<ServletContextHandler> setUp) {
    Throwable failure =
        assertThrows(Exception.class, () -> start(new CookieCharterFilter(), init, setUp).close());
    while (failure.getCause() != null && !failure.getMessage().startsWith("cookie-charter:")) {
      failure = failure.getCause();
    }
    return failure.getMessage();
  }
}
