package jakarta.ws.rs.core;

public class Cookie {
  public Cookie(String name, String value) {}
}
