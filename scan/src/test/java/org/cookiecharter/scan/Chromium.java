package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The browser of the browser tests, found as the scan finds it: those tests are skipped, with the
 * reason, where none is; they fail instead where {@code COOKIE_CHARTER_REQUIRE_BROWSER} is set, as
 * CI sets it. Other modules' tests use it from this module's test jar.
 */
public final class Chromium {
  private Chromium() {}

  /** The browser; skips the calling test, or fails it in CI, when there is none. */
  public static Path require() {
    AtomicReference<String> reason = new AtomicReference<>("");
    Optional<Path> found = CookieScan.installedBrowser(reason::set);
    if (found.isEmpty() && System.getenv("COOKIE_CHARTER_REQUIRE_BROWSER") != null) {
      throw new AssertionError("COOKIE_CHARTER_REQUIRE_BROWSER is set, and " + reason.get());
    }
    assumeTrue(found.isPresent(), "browser test skipped: " + reason.get());
    return found.get();
  }
}
