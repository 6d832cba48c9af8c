package org.springframework.http;

public class HttpHeaders {
  public static final String SET_COOKIE = "Set-Cookie";
  public static final String CACHE_CONTROL = "Cache-Control";

  public void add(String headerName, String headerValue) {}

  public void set(String headerName, String headerValue) {}
}
