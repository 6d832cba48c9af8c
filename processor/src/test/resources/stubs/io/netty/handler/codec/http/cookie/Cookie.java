package io.netty.handler.codec.http.cookie;

public interface Cookie {
  void setPath(String path);

  String path();
}
