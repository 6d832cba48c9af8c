package org.cookiecharter.guard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The response that the application writes to, under the guard: every cookie it sets, by {@link
 * #addCookie} or by a {@code Set-Cookie} header, passes the guard first. A dropped {@code
 * setHeader("Set-Cookie", ...)} leaves the headers set before it as they were. A {@code Set-Cookie}
 * written as a number or a date is no cookie anyone declares (a browser keeps it as a nameless
 * one): it is handled as undeclared.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  private final CookieCharterFilter guard;
  private final HttpServletRequest request;
  private volatile @Nullable Set<String>
      accepted; // an asynchronous request may write from another thread

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
    if (admits(name, value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (admits(name, value)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (admits(name, String.valueOf(value))) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (admits(name, String.valueOf(value))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (admits(name, String.valueOf(date))) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (admits(name, String.valueOf(date))) {
      super.setDateHeader(name, date);
    }
  }

  /** Whether a header may go out: any but a {@code Set-Cookie} that the guard does not admit. */
  private boolean admits(String name, String value) {
    return value == null
        || !"Set-Cookie".equalsIgnoreCase(name)
        || guard.admits(this, SetCookie.parse(value));
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
