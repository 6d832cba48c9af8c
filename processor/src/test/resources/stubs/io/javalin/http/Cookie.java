package io.javalin.http;

public final class Cookie {
  public Cookie(String name, String value) {}

  public Cookie(String name, String value, String path, int maxAge, boolean secure) {}
}
