package org.cookiecharter.scan;

import com.microsoft.playwright.Page;

/**
 * A consent banner that the scan drives by its own buttons, as a visitor does. One class per banner
 * whose configuration the build generates; any other banner is given a consent cookie instead
 * ({@link CookieScan.Builder#consentCookie}).
 */
interface ConsentBanner {
  /** The banner's name in the report. */
  String name();

  /** A CSS selector that matches only while the banner waits for a choice. */
  String shownSelector();

  /**
   * Makes the state's choice with the banner's buttons on {@code page}, where it is shown.
   *
   * @throws com.microsoft.playwright.PlaywrightException if a button is missing or does not react
   */
  void choose(Page page, ConsentState state, Declarations declarations);

  /** The banners the scan knows, in the order it looks for them. */
  static ConsentBanner[] known() {
    return new ConsentBanner[] {
      new CookieConsentBanner(), new KlaroBanner(), new TarteaucitronBanner()
    };
  }
}
