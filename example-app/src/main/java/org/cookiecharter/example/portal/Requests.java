package org.cookiecharter.example.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.cookiecharter.example.commons.CommonCookies;

/** Reads what the visitor's browser sent back. */
final class Requests {
  private Requests() {}

  static Optional<String> cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (cookie.getName().equals(name)) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The visitor's language: the one chosen on the portal, else French. */
  static Language language(HttpServletRequest request) {
    return cookie(request, CommonCookies.LANGUAGE).flatMap(Language::of).orElse(Language.FR);
  }
}
