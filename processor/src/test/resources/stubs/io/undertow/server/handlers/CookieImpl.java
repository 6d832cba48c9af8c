package io.undertow.server.handlers;

public class CookieImpl {
  public CookieImpl(String name) {}

  public CookieImpl(String name, String value) {}

  public String getPath() {
    return "/";
  }

  public CookieImpl setPath(String path) {
    return this;
  }
}
