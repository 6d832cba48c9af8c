package org.cookiecharter.scan;

/**
 * Assertions on a browser scan, for any test framework: they throw {@link AssertionError} with the
 * findings, one per line, as the message.
 *
 * <pre>{@code
 * CookieScanAssertions.assertNoFindings(
 *     CookieScan.of(server.url("/")).declarations(CookieRegistry.all()).run());
 * }</pre>
 */
public final class CookieScanAssertions {
  private CookieScanAssertions() {}

  /**
   * Passes when the site set nothing its declarations do not allow, in any consent state.
   *
   * @throws AssertionError listing every finding
   */
  public static void assertNoFindings(ScanReport report) {
    if (!report.passed()) {
      throw new AssertionError(
          "the browser scan found "
              + report.findings().size()
              + (report.findings().size() == 1 ? " problem" : " problems")
              + ":\n"
              + report.findingsText());
    }
  }
}
