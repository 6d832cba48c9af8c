package io.undertow.server.handlers;

public class CookieImpl implements Cookie {
  public CookieImpl(String name) {}

  public CookieImpl(String name, String value) {}

  @Override
  public String getPath() {
    return "/";
  }

  @Override
  public CookieImpl setPath(String path) {
    return this;
  }

  @Override
  public Integer getMaxAge() {
    return null;
  }

  @Override
  public CookieImpl setMaxAge(Integer maxAge) {
    return this;
  }
}
