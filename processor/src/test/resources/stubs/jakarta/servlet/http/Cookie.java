package jakarta.servlet.http;

public class Cookie {
  public Cookie(String name, String value) {}

  public void setMaxAge(int expiry) {}

  public void setPath(String uri) {}
}
