package org.cookiecharter.example.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Double-submit CSRF protection, as Django does it: every visitor gets a {@code csrftoken} cookie,
 * and a form that changes something must send the same token in its {@code csrfmiddlewaretoken}
 * field.
 */
final class CsrfFilter extends HttpFilter {
  /** The request attribute that holds the visitor's token, for the forms of the page. */
  static final String TOKEN = CsrfFilter.class.getName() + ".token";

  static final String FORM_FIELD = "csrfmiddlewaretoken";

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> known = Requests.cookie(request, PortalCookies.CSRF_TOKEN);
    if ("POST".equals(request.getMethod())) {
      String sent = request.getParameter(FORM_FIELD);
      if (known.isEmpty() || sent == null || !sameToken(known.get(), sent)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "CSRF token missing or incorrect");
        return;
      }
    }
    String token = known.orElseGet(Tokens::random);
    if (known.isEmpty()) {
      Cookie cookie = new Cookie(PortalCookies.CSRF_TOKEN, token);
      cookie.setPath("/");
      cookie.setMaxAge(ONE_YEAR);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    }
    request.setAttribute(TOKEN, token);
    chain.doFilter(request, response);
  }

  private static boolean sameToken(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** The hidden field that every form of the portal carries. */
  static String formField(HttpServletRequest request) {
    return "<input type=\"hidden\" name=\""
        + FORM_FIELD
        + "\" value=\""
        + Html.escape((String) request.getAttribute(TOKEN))
        + "\">";
  }
}
