package jakarta.ws.rs.core;

public class Cookie {
  public static final int DEFAULT_VERSION = 1;

  public Cookie(String name, String value) {}

  public abstract static class AbstractCookieBuilder<T extends AbstractCookieBuilder<T>> {
    public AbstractCookieBuilder(String name) {}

    public T value(String value) {
      return null;
    }

    public T version(int version) {
      return null;
    }

    public T path(String path) {
      return null;
    }

    public T domain(String domain) {
      return null;
    }

    public abstract Cookie build();
  }
}
