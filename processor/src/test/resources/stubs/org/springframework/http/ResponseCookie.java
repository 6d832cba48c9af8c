package org.springframework.http;

import java.time.Duration;

public final class ResponseCookie extends HttpCookie {
  private ResponseCookie() {
    super("", "");
  }

  public Duration getMaxAge() {
    return null;
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
    ResponseCookieBuilder value(String value);

    ResponseCookieBuilder maxAge(Duration maxAge);

    ResponseCookieBuilder maxAge(long maxAgeSeconds);

    ResponseCookieBuilder path(String path);

    ResponseCookieBuilder domain(String domain);

    ResponseCookieBuilder secure(boolean secure);

    ResponseCookieBuilder httpOnly(boolean httpOnly);

    ResponseCookieBuilder sameSite(String sameSite);

    ResponseCookie build();
  }
}
