package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The browser of the browser tests: those tests are skipped, with the reason, where none is; they
 * fail instead where {@code COOKIE_CHARTER_REQUIRE_BROWSER} is set, as CI sets it.
 */
final class Chromium {
  private Chromium() {}

  static Path require() {
    Optional<Path> found;
    String reason = "";
    try {
      found = Optional.of(BrowserLocator.locate(Optional.empty(), System.getenv()));
    } catch (ScanException e) {
      found = Optional.empty();
      reason = e.getMessage();
    }
    if (found.isEmpty() && System.getenv("COOKIE_CHARTER_REQUIRE_BROWSER") != null) {
      throw new AssertionError("COOKIE_CHARTER_REQUIRE_BROWSER is set, and " + reason);
    }
    assumeTrue(found.isPresent(), "browser test skipped: " + reason);
    return found.get();
  }
}
