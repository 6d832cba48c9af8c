package io.vertx.ext.web.handler;

public interface SessionHandler {
  String DEFAULT_SESSION_COOKIE_NAME = "vertx-web.session";

  static SessionHandler create(Object sessionStore) {
    return null;
  }

  SessionHandler setSessionCookieName(String sessionCookieName);
}
