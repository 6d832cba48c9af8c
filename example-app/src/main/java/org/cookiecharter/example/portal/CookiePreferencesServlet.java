package org.cookiecharter.example.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** {@code POST /cookies/preferences}: remembers whether the visitor accepted optional cookies. */
final class CookiePreferencesServlet extends HttpServlet {
  static final Set<String> CHOICES = Set.of("accept", "refuse");

  /** Six months, as the CNIL recommends for keeping a consent choice. */
  private static final int SIX_MONTHS = 182 * 24 * 3600;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String choice = request.getParameter("choice");
    if (choice == null || !CHOICES.contains(choice)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "choice must be accept or refuse");
      return;
    }
    Cookie cookie = new Cookie(PortalCookies.COOKIE_PREFERENCES, choice);
    cookie.setPath("/");
    cookie.setMaxAge(SIX_MONTHS);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    Responses.seeOther(response, "/");
  }
}
