package javax.servlet.http;

public interface HttpServletResponse {
  void addCookie(Cookie cookie);

  void addHeader(String name, String value);

  void setHeader(String name, String value);
}
