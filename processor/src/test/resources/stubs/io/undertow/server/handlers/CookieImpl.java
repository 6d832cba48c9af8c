package io.undertow.server.handlers;

public class CookieImpl {
  public CookieImpl(String name) {}

  public CookieImpl(String name, String value) {}
}
