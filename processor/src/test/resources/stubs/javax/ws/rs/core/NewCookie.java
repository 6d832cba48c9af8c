package javax.ws.rs.core;

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

  public int getMaxAge() {
    return DEFAULT_MAX_AGE;
  }
}
