package io.netty.handler.codec.http.cookie;

public class DefaultCookie implements Cookie {
  public DefaultCookie(String name, String value) {}

  @Override
  public void setPath(String path) {}

  @Override
  public String path() {
    return "/";
  }

  @Override
  public long maxAge() {
    return UNDEFINED_MAX_AGE;
  }

  @Override
  public void setMaxAge(long maxAge) {}

  @Override
  public int compareTo(Cookie c) {
    return 0;
  }
}
