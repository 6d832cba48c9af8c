package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cookiecharter.example.commons.CommonCookies;

/** Who is logged in, by session token. In memory: the demo portal keeps no state on disk. */
final class Sessions {
  private final Map<String, String> users = new ConcurrentHashMap<>();

  String open(String user) {
    String token = Tokens.random();
    users.put(token, user);
    return token;
  }

  void close(HttpServletRequest request) {
    Requests.cookie(request, CommonCookies.SESSION_ID).ifPresent(users::remove);
  }

  Optional<String> user(HttpServletRequest request) {
    return Requests.cookie(request, CommonCookies.SESSION_ID).map(users::get);
  }
}
