package javax.ws.rs.core;

public class NewCookie extends Cookie {
  public NewCookie(String name, String value) {
    super(name, value);
  }

  public NewCookie(Cookie cookie) {
    super("", "");
  }
}
