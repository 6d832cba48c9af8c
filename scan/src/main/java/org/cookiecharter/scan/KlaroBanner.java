package org.cookiecharter.scan;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Klaro! (kiprotect/klaro): its notice's "decline" button, or "let me choose" and then one switch
 * per purpose (a purpose is a category in the configuration that cookie-charter generates) and
 * "accept selected". The notice's "that's ok" is not an acceptance: without {@code acceptAll} in
 * the configuration, it saves the defaults, which refuse every optional service.
 */
final class KlaroBanner implements ConsentBanner {
  private static final String NOTICE = "#klaro .cookie-notice:not(.cookie-notice-hidden)";
  private static final String MODAL = "#klaro .cookie-modal";

  @Override
  public String name() {
    return "Klaro!";
  }

  @Override
  public String shownSelector() {
    return NOTICE;
  }

  @Override
  public void choose(Page page, ConsentState state, Declarations declarations) {
    if (state.choice() == ConsentState.Choice.REFUSE_ALL) {
      page.locator(NOTICE + " .cn-decline").click();
      return;
    }
    page.locator(NOTICE + " .cn-learn-more").click();
    page.locator(MODAL + " .cm-modal").waitFor();
    Locator purposes =
        page.locator(MODAL + " input[id^='purpose-item-']:not(#purpose-item-disableAll)");
    for (Locator purpose : purposes.all()) {
      if (!purpose.isEnabled()) {
        continue; // a required purpose
      }
      String key = purpose.getAttribute("id").substring("purpose-item-".length());
      boolean wanted =
          state.choice() == ConsentState.Choice.ACCEPT_ALL || state.accepted().contains(key);
      if (purpose.isChecked() != wanted) {
        // The checkbox is hidden behind its switch: a visitor clicks the switch, its label.
        page.locator(MODAL + " label[for='purpose-item-" + key + "']").click();
      }
    }
    page.locator(MODAL + " .cm-btn-accept").click();
  }
}
