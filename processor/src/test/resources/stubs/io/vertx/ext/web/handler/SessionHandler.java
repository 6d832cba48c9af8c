package io.vertx.ext.web.handler;

import io.vertx.ext.web.sstore.SessionStore;

public interface SessionHandler {
  String DEFAULT_SESSION_COOKIE_NAME = "vertx-web.session";

  static SessionHandler create(SessionStore sessionStore) {
    return null;
  }

  SessionHandler setSessionCookieName(String sessionCookieName);
}
