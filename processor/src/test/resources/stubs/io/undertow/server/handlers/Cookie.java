package io.undertow.server.handlers;

public interface Cookie {
  String getPath();

  Cookie setPath(String path);

  Integer getMaxAge();

  Cookie setMaxAge(Integer maxAge);
}
