package jakarta.servlet.http;

public class Cookie {
  public Cookie(String name, String value) {}
}
