package io.javalin.http;

/** Kotlin data class with an {@code @JvmOverloads} constructor: these are its JVM constructors. */
public final class Cookie {
  public Cookie(String name, String value) {}

  public Cookie(String name, String value, String path) {}

  public Cookie(String name, String value, String path, int maxAge) {}

  public Cookie(String name, String value, String path, int maxAge, boolean secure) {}

  public Cookie(
      String name, String value, String path, int maxAge, boolean secure, int version) {}

  public Cookie(
      String name, String value, String path, int maxAge, boolean secure, int version,
      boolean isHttpOnly) {}

  public Cookie(
      String name, String value, String path, int maxAge, boolean secure, int version,
      boolean isHttpOnly, String comment) {}

  public Cookie(
      String name, String value, String path, int maxAge, boolean secure, int version,
      boolean isHttpOnly, String comment, String domain) {}

  public Cookie(
      String name, String value, String path, int maxAge, boolean secure, int version,
      boolean isHttpOnly, String comment, String domain, SameSite sameSite) {}

  public int getMaxAge() {
    return -1;
  }

  public void setMaxAge(int maxAge) {}
}
