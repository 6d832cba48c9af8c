package javax.servlet.http;

public class Cookie {
  public Cookie(String name, String value) {}

  public void setMaxAge(int expiry) {}

  public int getMaxAge() {
    return -1;
  }
}
