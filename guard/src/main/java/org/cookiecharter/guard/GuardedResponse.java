package org.cookiecharter.guard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Set;

/**
 * The response that the application writes to, under the guard: every cookie it sets, by {@link
 * #addCookie} or by a {@code Set-Cookie} header, passes the guard first. A dropped {@code
 * setHeader("Set-Cookie", ...)} leaves the headers set before it as they were.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  private final CookieCharterFilter guard;
  private final HttpServletRequest request;
  private Set<String> accepted;

  GuardedResponse(
      CookieCharterFilter guard, HttpServletRequest request, HttpServletResponse response) {
    super(response);
    this.guard = guard;
    this.request = request;
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (cookie == null || guard.admits(this, SetCookie.of(cookie.getName(), cookie.getMaxAge()))) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!isSetCookie(name, value) || guard.admits(this, SetCookie.parse(value))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!isSetCookie(name, value) || guard.admits(this, SetCookie.parse(value))) {
      super.setHeader(name, value);
    }
  }

  private static boolean isSetCookie(String name, String value) {
    return value != null && "Set-Cookie".equalsIgnoreCase(name);
  }

  HttpServletRequest request() {
    return request;
  }

  /** The visitor's accepted categories, read once per response, when a cookie first needs them. */
  Set<String> accepted(ConsentReader consent) {
    if (accepted == null) {
      accepted = consent.acceptedCategories(request);
    }
    return accepted;
  }
}
