package io.vertx.core.http;

public interface Cookie {
  static Cookie cookie(String name, String value) {
    return null;
  }

  Cookie setMaxAge(long maxAge);

  long getMaxAge();

  String getPath();

  String encode();
}
