package org.springframework.http;

public final class ResponseCookie extends HttpCookie {
  private ResponseCookie() {
    super("", "");
  }

  public static ResponseCookieBuilder from(String name) {
    return null;
  }

  public static ResponseCookieBuilder from(String name, String value) {
    return null;
  }

  public static ResponseCookieBuilder fromClientResponse(String name, String value) {
    return null;
  }

  public interface ResponseCookieBuilder {
    ResponseCookieBuilder path(String path);

    ResponseCookie build();
  }
}
