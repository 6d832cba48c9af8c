package org.cookiecharter.example.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cookiecharter.example.commons.CommonCookies;

/** {@code POST /login} opens a session; {@code POST /logout} closes it. */
final class LoginServlet extends HttpServlet {
  private final Sessions sessions;

  LoginServlet(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getServletPath().equals("/logout")) {
      sessions.close(request);
      Cookie expired = new Cookie(CommonCookies.SESSION_ID, "");
      expired.setPath("/");
      expired.setMaxAge(0);
      response.addCookie(expired);
    } else {
      String user = request.getParameter("username");
      if (user == null || user.isBlank()) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "username is required");
        return;
      }
      Cookie session = new Cookie(CommonCookies.SESSION_ID, sessions.open(user.strip()));
      session.setPath("/");
      session.setHttpOnly(true);
      session.setAttribute("SameSite", "Lax");
      response.addCookie(session);
    }
    Responses.seeOther(response, "/");
  }
}
