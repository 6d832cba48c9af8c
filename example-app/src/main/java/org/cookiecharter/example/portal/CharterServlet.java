package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the charter that the build generated: {@code /charte-cookies} (an HTML page around the
 * generated fragment, in the visitor's language), {@code /charte-cookies.txt} and {@code
 * /cookies.json}.
 */
final class CharterServlet extends HttpServlet {
  static final String PAGE = "/charte-cookies";
  static final String TEXT = "/charte-cookies.txt";
  static final String JSON = "/cookies.json";
  static final String STYLESHEET = "/charte-cookies.css";

  /** The portal's own stylesheet, for every page. */
  static final String PORTAL_STYLESHEET = "/portal.css";

  private static final String PORTAL_CSS = PortalResources.read("portal.css");

  /** The head's lines every page of the portal has: a phone's width, the stylesheets. */
  static final String HEAD =
      "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          + "  <link rel=\"stylesheet\" href=\""
          + PORTAL_STYLESHEET
          + "\">\n"
          + ConsentBanner.HEAD;

  private final CharterFiles charter;

  CharterServlet(CharterFiles charter) {
    this.charter = charter;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    switch (request.getServletPath()) {
      case TEXT -> Responses.send(response, "text/plain", charter.text);
      case JSON -> Responses.send(response, "application/json", charter.json);
      case STYLESHEET -> Responses.send(response, "text/css", charter.stylesheet);
      case PORTAL_STYLESHEET -> Responses.send(response, "text/css", PORTAL_CSS);
      default -> Responses.send(response, "text/html", page(Requests.language(request)));
    }
  }

  private String page(Language language) {
    return "<!DOCTYPE html>\n"
        + "<html lang=\""
        + language.code
        + "\">\n"
        + "<head>\n"
        + "  <meta charset=\"utf-8\">\n"
        + HEAD
        + "  <link rel=\"stylesheet\" href=\""
        + STYLESHEET
        + "\">\n"
        + "  <title>"
        + Html.escape(language.charter + " · " + CookieRegistry.platform())
        + "</title>\n"
        + "</head>\n"
        + "<body>\n"
        + "<nav class=\"back\"><a href=\"/\">"
        + Html.escape(language.title)
        + "</a> "
        + ConsentBanner.preferencesButton(language)
        + "</nav>\n"
        + charter.html(language)
        + ConsentBanner.SCRIPTS
        + "</body>\n"
        + "</html>\n";
  }
}
