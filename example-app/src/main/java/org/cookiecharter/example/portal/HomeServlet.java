package org.cookiecharter.example.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /}: the portal's home page; every other unknown path is not found. */
final class HomeServlet extends HttpServlet {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private final Sessions sessions;

  HomeServlet(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/"
        .equals(request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    countVisitor(request, response);
    Responses.send(response, "text/html", page(request));
  }

  /**
   * The audience measurement's visitor cookie: the guard lets it out once the visitor accepted
   * statistics in the banner. Removed when the visitor withdrew that consent (the banner also
   * clears it in the browser); a deletion always passes the guard.
   */
  private static void countVisitor(HttpServletRequest request, HttpServletResponse response) {
    boolean present = Requests.cookie(request, PortalCookies.VISITOR).isPresent();
    boolean withdrawn =
        present
            && !PortalServer.CONSENT.allows(
                request, CookieRegistry.find(PortalCookies.VISITOR).orElseThrow());
    if (present && !withdrawn) {
      return;
    }
    Cookie cookie = new Cookie(PortalCookies.VISITOR, withdrawn ? "" : Tokens.random());
    cookie.setPath("/");
    cookie.setMaxAge(withdrawn ? 0 : ONE_YEAR);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  private String page(HttpServletRequest request) {
    Language text = Requests.language(request);
    String csrf = CsrfFilter.formField(request);
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(text.code)
        .append("\">\n")
        .append("<head>\n  <meta charset=\"utf-8\">\n")
        .append(CharterServlet.HEAD)
        .append("  <title>")
        .append(Html.escape(text.title))
        .append("</title>\n</head>\n<body>\n<h1>")
        .append(Html.escape(text.title))
        .append("</h1>\n");
    Optional<String> user = sessions.user(request);
    if (user.isPresent()) {
      page.append("<form method=\"post\" action=\"/logout\">")
          .append(csrf)
          .append("<p>")
          .append(Html.escape(text.loggedInAs))
          .append(' ')
          .append(Html.escape(user.get()))
          .append(" <button>")
          .append(Html.escape(text.logOut))
          .append("</button></p></form>\n");
    } else {
      page.append("<form method=\"post\" action=\"/login\">")
          .append(csrf)
          .append("<input name=\"username\" required> <button>")
          .append(Html.escape(text.logIn))
          .append("</button></form>\n");
    }
    page.append("<form method=\"post\" action=\"/langue\">")
        .append(csrf)
        .append(Html.escape(text.language))
        .append(' ')
        .append("<button name=\"language\" value=\"fr\">français</button>")
        .append("<button name=\"language\" value=\"en\">English</button></form>\n")
        .append("<h2>")
        .append(Html.escape(text.datasets))
        .append("</h2>\n<ul>\n");
    for (Datasets.Dataset dataset : Datasets.ALL) {
      page.append("  <li>")
          .append(Html.escape(dataset.title()))
          .append(" (")
          .append(dataset.records())
          .append(")</li>\n");
    }
    page.append("</ul>\n<div id=\"map\" data-src=\"")
        .append(Html.escape(EmbeddedMap.otherOrigin(request) + EmbeddedMap.PATH))
        .append("\" data-title=\"")
        .append(Html.escape(text.map))
        .append("\">")
        .append(Html.escape(text.mapWithoutConsent))
        .append("</div>\n");
    page.append("<footer><a href=\"")
        .append(CharterServlet.PAGE)
        .append("\">")
        .append(Html.escape(text.charter))
        .append("</a> · <a href=\"/api/datasets\">API</a> · ")
        .append(ConsentBanner.preferencesButton(text))
        .append("</footer>\n")
        // Before the banner's: it runs, at its start, the scripts of the categories accepted.
        .append(PortalScripts.TAGS)
        .append(ConsentBanner.SCRIPTS)
        .append("</body>\n</html>\n");
    return page.toString();
  }
}
