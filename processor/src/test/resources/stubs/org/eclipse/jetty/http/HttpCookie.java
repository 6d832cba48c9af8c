package org.eclipse.jetty.http;

public interface HttpCookie {
  static HttpCookie from(String name, String value) {
    return null;
  }

  static HttpCookie from(HttpCookie cookie, String... additionalAttributes) {
    return null;
  }

  static Builder build(String name, String value) {
    return null;
  }

  interface Builder {
    HttpCookie build();
  }
}
