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
        + "  <title>"
        + Html.escape(language.charter + " · " + CookieRegistry.platform())
        + "</title>\n"
        + "</head>\n"
        + "<body>\n"
        + "<p><a href=\"/\">"
        + Html.escape(language.title)
        + "</a></p>\n"
        + charter.html(language)
        + "</body>\n"
        + "</html>\n";
  }
}
