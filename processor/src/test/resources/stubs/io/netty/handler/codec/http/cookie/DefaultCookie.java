package io.netty.handler.codec.http.cookie;

public class DefaultCookie {
  public DefaultCookie(String name, String value) {}
}
