package io.helidon.http;

public final class SetCookie {
  public static SetCookie create(String name, String value) {
    return null;
  }

  public static Builder builder(String name, String value) {
    return null;
  }

  public static final class Builder {}
}
