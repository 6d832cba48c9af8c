package org.cookiecharter.example.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.cookiecharter.example.commons.CommonCookies;

/** {@code POST /langue}: remembers the visitor's language. */
final class LanguageServlet extends HttpServlet {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Language> language =
        Optional.ofNullable(request.getParameter("language")).flatMap(Language::of);
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "language must be fr or en");
      return;
    }
    Cookie cookie = new Cookie(CommonCookies.LANGUAGE, language.get().code);
    cookie.setPath("/");
    cookie.setMaxAge(ONE_YEAR);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    Responses.seeOther(response, "/");
  }
}
