package jakarta.ws.rs.core;

public class NewCookie extends Cookie {
  public NewCookie(String name, String value) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, String comment, int maxAge,
      boolean secure) {
    super(name, value);
  }

  public NewCookie(Cookie cookie) {
    super("", "");
  }

  public static class Builder {
    public Builder(String name) {}

    public Builder(Cookie cookie) {}

    public NewCookie build() {
      return null;
    }
  }
}
