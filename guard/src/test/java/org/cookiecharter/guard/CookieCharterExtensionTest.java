package org.cookiecharter.guard;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.guard.CookieCharterFilter.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension on test classes of an application (nested here, run by the JUnit test kit; Maven
 * runs no nested class on its own) that request a cookie {@code tracker} from a server.
 */
class CookieCharterExtensionTest {
  /** The server that the application's tests below call. */
  private static TestServer server;

  @ExtendWith(CookieCharterExtension.class)
  static class ApplicationTest {
    @Test
    void setsATracker() throws Exception {
      server.get(List.of(entry("cookie", "csrftoken"), entry("cookie", "tracker")));
    }

    @Test
    void setsItAgain() throws Exception {
      server.get(List.of(entry("cookie", "tracker"), entry("cookie", "other")));
    }
  }

  @Test
  void failsTheClassWhenTheApplicationSetAnUndeclaredCookie() throws Exception {
    DeclaredCookies declared = DeclaredCookies.fromClassPath(getClass().getClassLoader());
    try (LogRecords log = LogRecords.of(CookieCharterFilter.class);
        TestServer running =
            TestServer.start(new CookieCharterFilter(declared, Mode.BLOCK, ConsentReader.NONE))) {
      server = running;
      EngineExecutionResults results = run();

      results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
      assertEquals(
          List.of(
              "org.cookiecharter.guard.CookieCharterExtensionTest$ApplicationTest: the application"
                  + " set 2 cookies that no @DeclaredCookie declares:\n"
                  + "  \"tracker\" set by GET /set, dropped\n"
                  + "  \"other\" set by GET /set, dropped"),
          failures(results));
      assertEquals(
          List.of(
              "WARNING cookie-charter: cookie \"tracker\" set by GET /set is not declared: dropped",
              "WARNING cookie-charter: cookie \"other\" set by GET /set is not declared: dropped"),
          log.lines());
    }
  }

  @Test
  void passesOnceTheCookieIsDeclared() throws Exception {
    List<CookieDefinition> cookies =
        new ArrayList<>(DeclaredCookies.fromClassPath(getClass().getClassLoader()).all());
    for (String name : List.of("tracker", "other")) {
      cookies.add(
          new CookieDefinition(
              name,
              "Example",
              "Tests",
              "Shows that a declared cookie passes",
              CookieCategory.NECESSARY,
              Optional.empty(),
              false,
              java.util.Map.of()));
    }
    try (TestServer running =
        TestServer.start(
            new CookieCharterFilter(DeclaredCookies.of(cookies), Mode.BLOCK, ConsentReader.NONE))) {
      server = running;
      EngineExecutionResults results = run();

      results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
      assertEquals(List.of(), failures(results));
    }
  }

  private static EngineExecutionResults run() {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ApplicationTest.class))
        .execute();
  }

  private static List<String> failures(EngineExecutionResults results) {
    List<String> failures = new ArrayList<>();
    for (Event event : results.containerEvents().failed().list()) {
      event
          .getPayload(TestExecutionResult.class)
          .flatMap(TestExecutionResult::getThrowable)
          .ifPresent(failure -> failures.add(failure.getMessage()));
    }
    return failures;
  }
}
