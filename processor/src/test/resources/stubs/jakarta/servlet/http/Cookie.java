package jakarta.servlet.http;

public class Cookie {
  public Cookie(String name, String value) {}

  public void setMaxAge(int expiry) {}

  public int getMaxAge() {
    return -1;
  }

  public void setPath(String uri) {}

  public String getName() {
    return null;
  }
}
