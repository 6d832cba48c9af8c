package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The consent banner on every page: CookieConsent v3 (vanilla-cookieconsent 3.1.0, its {@code dist}
 * files and licence in {@code vendor/cookieconsent/} beside this class; consent-tests checks that
 * they are the npm package's), run with the configuration that cookie-charter generated from the
 * declarations, by {@code consent.js} beside this class. The banner keeps the visitor's choice in
 * {@link PortalCookies#COOKIE_PREFERENCES} for six months, as declared.
 */
final class ConsentBanner extends HttpServlet {
  static final String CONFIG = "/consent/cookieconsent-config.js";
  static final String SCRIPT = "/consent.js";
  static final String LIBRARY = "/vendor/cookieconsent/cookieconsent.umd.js";
  static final String LIBRARY_STYLESHEET = "/vendor/cookieconsent/cookieconsent.css";

  /** How long the banner keeps a choice: 182 days, within the declared six months. */
  static final int DAYS = 182;

  /** The banner's stylesheet, for the page's head. */
  static final String HEAD = "  <link rel=\"stylesheet\" href=\"" + LIBRARY_STYLESHEET + "\">\n";

  /** The banner's scripts, at the end of the page's body: the configuration first. */
  static final String SCRIPTS =
      "<script src=\""
          + CONFIG
          + "\"></script>\n"
          + "<script src=\""
          + LIBRARY
          + "\"></script>\n"
          + "<script src=\""
          + SCRIPT
          + "\" data-cookie=\""
          + Html.escape(PortalCookies.COOKIE_PREFERENCES)
          + "\" data-days=\""
          + DAYS
          + "\"></script>\n";

  /** A button that opens the banner's preferences, wherever it stands. */
  static String preferencesButton(Language language) {
    return "<button type=\"button\" data-cc=\"show-preferencesModal\">"
        + Html.escape(language.cookieSettings)
        + "</button>";
  }

  private final Map<String, String> files;

  ConsentBanner(CharterFiles charter) {
    this.files =
        Map.of(
            CONFIG, charter.cookieConsentConfig,
            SCRIPT, PortalResources.read("consent.js"),
            LIBRARY, PortalResources.read("vendor/cookieconsent/cookieconsent.umd.js"),
            LIBRARY_STYLESHEET, PortalResources.read("vendor/cookieconsent/cookieconsent.css"));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    Responses.send(
        response, path.endsWith(".css") ? "text/css" : "text/javascript", files.get(path));
  }
}
