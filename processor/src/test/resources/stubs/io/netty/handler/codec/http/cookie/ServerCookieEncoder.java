package io.netty.handler.codec.http.cookie;

public final class ServerCookieEncoder {
  public static final ServerCookieEncoder STRICT = new ServerCookieEncoder();

  private ServerCookieEncoder() {}

  public String encode(String name, String value) {
    return name + "=" + value;
  }

  public String encode(Cookie cookie) {
    return "";
  }
}
