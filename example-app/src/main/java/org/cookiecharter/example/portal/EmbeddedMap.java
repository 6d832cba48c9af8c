package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /embed/map}: the map that the home page embeds, as if from another site. The portal
 * serves it on its second host name ({@link #otherOrigin}), so that the browser treats it as a
 * third party, as it would a real map provider; its script keeps {@link
 * PortalCookies#MAP_PREFERENCES} in its own frame. The home page loads it only once the visitor
 * accepted third parties ({@code map-embed.js}, run by the consent banner).
 */
final class EmbeddedMap extends HttpServlet {
  static final String PATH = "/embed/map";

  /** Thirty days, as declared. */
  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Responses.send(
        response,
        "text/html",
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Carte</title>"
            + "</head>\n<body>\n<p>Carte des jeux de données</p>\n<script>\n"
            + "document.cookie = '"
            + PortalCookies.MAP_PREFERENCES
            + "=zoom:6; path=/; max-age="
            + THIRTY_DAYS
            + "; SameSite=None; Secure';\n</script>\n</body>\n</html>\n");
  }

  /**
   * The origin the map is embedded from: the portal itself under its other loopback name, {@code
   * localhost} for {@code 127.0.0.1} and the other way round, another site to the browser.
   */
  static String otherOrigin(HttpServletRequest request) {
    String other = "localhost".equals(request.getServerName()) ? "127.0.0.1" : "localhost";
    return request.getScheme() + "://" + other + ":" + request.getServerPort();
  }
}
