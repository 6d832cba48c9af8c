package io.netty.handler.codec.http.cookie;

public final class ClientCookieEncoder {
  public static final ClientCookieEncoder STRICT = new ClientCookieEncoder();

  private ClientCookieEncoder() {}

  public String encode(String name, String value) {
    return name + "=" + value;
  }

  public String encode(Cookie cookie) {
    return "";
  }

  public String encode(Cookie... cookies) {
    return "";
  }
}
