package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /}: the portal's home page; every other unknown path is not found. */
final class HomeServlet extends HttpServlet {
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
    Responses.send(response, "text/html", page(request));
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
    if (Requests.cookie(request, PortalCookies.COOKIE_PREFERENCES).isEmpty()) {
      page.append("<form class=\"cookie-banner\" method=\"post\" action=\"/cookies/preferences\">")
          .append(csrf)
          .append("<p>")
          .append(Html.escape(text.cookieBanner))
          .append(" <a href=\"")
          .append(CharterServlet.PAGE)
          .append("\">")
          .append(Html.escape(text.charter))
          .append("</a></p>")
          .append("<button name=\"choice\" value=\"accept\">")
          .append(Html.escape(text.accept))
          .append("</button><button name=\"choice\" value=\"refuse\">")
          .append(Html.escape(text.refuse))
          .append("</button></form>\n");
    }
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
    page.append("</ul>\n<footer><a href=\"")
        .append(CharterServlet.PAGE)
        .append("\">")
        .append(Html.escape(text.charter))
        .append("</a> · <a href=\"/api/datasets\">API</a>")
        .append("</footer>\n</body>\n</html>\n");
    return page.toString();
  }
}
