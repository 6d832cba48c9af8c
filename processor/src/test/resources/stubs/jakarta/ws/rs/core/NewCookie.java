package jakarta.ws.rs.core;

import java.util.Date;

public class NewCookie extends Cookie {
  public static final int DEFAULT_MAX_AGE = -1;

  public NewCookie(String name, String value) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, String comment, int maxAge,
      boolean secure) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, String comment, int maxAge,
      boolean secure, boolean httpOnly) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, int version, String comment,
      int maxAge, boolean secure) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, int version, String comment,
      int maxAge, Date expiry, boolean secure, boolean httpOnly) {
    super(name, value);
  }

  public NewCookie(
      String name, String value, String path, String domain, int version, String comment,
      int maxAge, Date expiry, boolean secure, boolean httpOnly, SameSite sameSite) {
    super(name, value);
  }

  public NewCookie(Cookie cookie) {
    super("", "");
  }

  public NewCookie(Cookie cookie, String comment, int maxAge, boolean secure) {
    super("", "");
  }

  public NewCookie(
      Cookie cookie, String comment, int maxAge, Date expiry, boolean secure, boolean httpOnly) {
    super("", "");
  }

  public NewCookie(
      Cookie cookie, String comment, int maxAge, Date expiry, boolean secure, boolean httpOnly,
      SameSite sameSite) {
    super("", "");
  }

  public int getMaxAge() {
    return DEFAULT_MAX_AGE;
  }

  public enum SameSite {
    NONE,
    LAX,
    STRICT
  }

  public static class Builder extends AbstractNewCookieBuilder<Builder> {
    public Builder(String name) {
      super(name);
    }

    public Builder(Cookie cookie) {
      super(cookie);
    }

    @Override
    public NewCookie build() {
      return null;
    }
  }

  public abstract static class AbstractNewCookieBuilder<T extends AbstractNewCookieBuilder<T>>
      extends AbstractCookieBuilder<AbstractNewCookieBuilder<T>> {
    public AbstractNewCookieBuilder(String name) {
      super(name);
    }

    public AbstractNewCookieBuilder(Cookie cookie) {
      super(null);
    }

    public T comment(String comment) {
      return null;
    }

    public T maxAge(int maxAge) {
      return null;
    }

    public T expiry(Date expiry) {
      return null;
    }

    public T secure(boolean secure) {
      return null;
    }

    public T httpOnly(boolean httpOnly) {
      return null;
    }

    public T sameSite(SameSite sameSite) {
      return null;
    }

    @Override
    public abstract NewCookie build();
  }
}
