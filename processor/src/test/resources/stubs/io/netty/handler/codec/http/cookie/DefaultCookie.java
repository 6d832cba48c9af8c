package io.netty.handler.codec.http.cookie;

public class DefaultCookie implements Cookie {
  public DefaultCookie(String name, String value) {}

  @Override
  public void setPath(String path) {}

  @Override
  public String path() {
    return "/";
  }
}
