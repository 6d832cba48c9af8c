package org.eclipse.jetty.http;

import java.util.Map;

public interface HttpCookie {
  String MAX_AGE_ATTRIBUTE = "Max-Age";

  default long getMaxAge() {
    return -1;
  }

  static HttpCookie from(String name, String value) {
    return null;
  }

  static HttpCookie from(String name, String value, Map<String, String> attributes) {
    return null;
  }

  static HttpCookie from(String name, String value, int version, Map<String, String> attributes) {
    return null;
  }

  static HttpCookie from(HttpCookie cookie, String... additionalAttributes) {
    return null;
  }

  static HttpCookie from(java.net.HttpCookie httpCookie) {
    return null;
  }

  static Builder build(String name, String value) {
    return null;
  }

  static Builder build(String name, String value, int version) {
    return null;
  }

  static Builder build(HttpCookie httpCookie) {
    return null;
  }

  static Builder build(java.net.HttpCookie httpCookie) {
    return null;
  }

  class Builder {
    private Builder() {}

    public Builder attribute(String name, String value) {
      return this;
    }

    public Builder domain(String domain) {
      return this;
    }

    public Builder httpOnly(boolean httpOnly) {
      return this;
    }

    public Builder maxAge(long maxAge) {
      return this;
    }

    public Builder path(String path) {
      return this;
    }

    public Builder secure(boolean secure) {
      return this;
    }

    public HttpCookie build() {
      return null;
    }
  }
}
