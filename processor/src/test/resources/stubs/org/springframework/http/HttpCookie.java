package org.springframework.http;

public class HttpCookie {
  public HttpCookie(String name, String value) {}
}
