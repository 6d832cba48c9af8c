package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The two kinds of response the portal sends. */
final class Responses {
  private Responses() {}

  /** A UTF-8 body of this media type. */
  static void send(HttpServletResponse response, String type, String body) throws IOException {
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** 303 See Other: after a form, the browser loads {@code location} with GET. */
  static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }
}
