package org.cookiecharter.scan;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieDefinition;

/**
 * tarteaucitron (AmauriC/tarteaucitron.js): its alert's "accept all" and "deny all" buttons, or
 * "personalize" and then "allow" for each service of the accepted categories, and "save". It has no
 * categories: a service's category is that of the declaration its cookies are declared by. Its
 * buttons work only once a delayed step of its start-up has bound them, which also numbers its
 * category buttons ({@code data-index}): the driver waits for that first.
 */
final class TarteaucitronBanner implements ConsentBanner {
  private static final String ALERT = "#tarteaucitronAlertBig";

  /** Each service: its key, its cookies, and whether it needs consent. */
  private static final String SERVICES =
      "() => Object.values(tarteaucitron.services).filter(s => tarteaucitron.job.indexOf(s.key)"
          + " >= 0).map(s => [String(s.key), (s.cookies || []).map(String), !!s.needConsent])";

  @Override
  public String name() {
    return "tarteaucitron";
  }

  @Override
  public String shownSelector() {
    return ALERT;
  }

  @Override
  public void choose(Page page, ConsentState state, Declarations declarations) {
    page.locator("#tarteaucitronRoot .catToggleBtn[data-index]")
        .first()
        .waitFor(
            new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
    switch (state.choice()) {
      case ACCEPT_ALL -> page.locator("#tarteaucitronPersonalize2").click();
      case REFUSE_ALL -> {
        // Denying reloads the page: wait for the new one.
        page.waitForRequest(
            request -> request.isNavigationRequest() && request.frame() == page.mainFrame(),
            () -> page.locator("#tarteaucitronAllDenied2").click());
        page.waitForLoadState();
      }
      case ACCEPT_SOME -> {
        page.locator("#tarteaucitronCloseAlert").click();
        page.locator("#tarteaucitron").waitFor();
        for (Object service : (List<?>) page.evaluate(SERVICES)) {
          List<?> fields = (List<?>) service;
          if (Boolean.TRUE.equals(fields.get(2)) && accepted(fields, state, declarations)) {
            page.locator("#" + cssId(String.valueOf(fields.get(0)) + "Allowed")).click();
          }
        }
        page.locator("#tarteaucitronSaveButton").click();
      }
      case NO_CHOICE -> {}
    }
  }

  private static boolean accepted(List<?> service, ConsentState state, Declarations declarations) {
    for (Object cookie : (List<?>) service.get(1)) {
      Optional<CookieDefinition> declared = declarations.find(String.valueOf(cookie));
      if (declared.isPresent() && state.accepted().contains(declared.get().consentCategory())) {
        return true;
      }
    }
    return false;
  }

  /** The id escaped for a CSS selector: a service key may hold any character. */
  private static String cssId(String id) {
    StringBuilder escaped = new StringBuilder();
    for (char c : id.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        escaped.append(c);
      } else {
        escaped.append('\\').append(Integer.toHexString(c)).append(' ');
      }
    }
    return escaped.toString();
  }
}
