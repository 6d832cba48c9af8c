package io.micronaut.http.cookie;

public interface Cookie {
  static Cookie of(String name, String value) {
    return null;
  }
}
