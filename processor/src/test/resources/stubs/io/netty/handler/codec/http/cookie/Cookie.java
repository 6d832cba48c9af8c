package io.netty.handler.codec.http.cookie;

public interface Cookie extends Comparable<Cookie> {
  long UNDEFINED_MAX_AGE = Long.MIN_VALUE;

  void setPath(String path);

  String path();

  long maxAge();

  void setMaxAge(long maxAge);
}
