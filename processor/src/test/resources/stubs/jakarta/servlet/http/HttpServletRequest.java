package jakarta.servlet.http;

public interface HttpServletRequest {
  HttpSession getSession();

  HttpSession getSession(boolean create);

  String changeSessionId();
}
