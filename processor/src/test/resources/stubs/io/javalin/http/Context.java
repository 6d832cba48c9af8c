package io.javalin.http;

public interface Context {
  String cookie(String name);

  Context cookie(String name, String value);

  Context cookie(String name, String value, int maxAge);

  Context cookie(Cookie cookie);

  void sessionAttribute(String key, Object value);

  <T> T sessionAttribute(String key);
}
