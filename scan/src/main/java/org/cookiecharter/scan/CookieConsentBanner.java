package org.cookiecharter.scan;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * CookieConsent v3 (orestbida/cookieconsent): its consent modal's "accept all" and "accept
 * necessary" buttons, or its preferences modal's category toggles and "save" button.
 */
final class CookieConsentBanner implements ConsentBanner {
  private static final String CONSENT_MODAL = "#cc-main .cm";
  private static final String PREFERENCES_MODAL = "#cc-main .pm";

  @Override
  public String name() {
    return "CookieConsent";
  }

  @Override
  public String shownSelector() {
    return CONSENT_MODAL;
  }

  @Override
  public void choose(Page page, ConsentState state, Declarations declarations) {
    switch (state.choice()) {
      case ACCEPT_ALL -> page.locator(CONSENT_MODAL + " [data-role=all]").click();
      case REFUSE_ALL -> page.locator(CONSENT_MODAL + " [data-role=necessary]").click();
      case ACCEPT_SOME -> {
        page.locator(CONSENT_MODAL + " [data-role=show]").click();
        // A category's toggle; the toggles of its services (data-category) follow it.
        Locator toggles =
            page.locator(PREFERENCES_MODAL + " input.section__toggle:not([data-category])");
        toggles.first().waitFor();
        for (Locator toggle : toggles.all()) {
          if (toggle.isEnabled()) {
            toggle.setChecked(state.accepted().contains(toggle.getAttribute("value")));
          }
        }
        page.locator(PREFERENCES_MODAL + " [data-role=save]").click();
      }
      case NO_CHOICE -> {}
    }
  }
}
