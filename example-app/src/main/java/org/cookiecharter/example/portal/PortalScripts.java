package org.cookiecharter.example.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The portal's scripts beside this class: its own ({@code portal.js}), and those that the consent
 * banner runs once their category is accepted ({@code audience.js}, {@code map-embed.js}).
 */
final class PortalScripts extends HttpServlet {
  static final String PORTAL = "/portal.js";
  static final String AUDIENCE = "/audience.js";
  static final String MAP = "/map-embed.js";

  private final Map<String, String> files =
      Map.of(
          PORTAL, PortalResources.read("portal.js"),
          AUDIENCE, PortalResources.read("audience.js"),
          MAP, PortalResources.read("map-embed.js"));

  /**
   * The home page's scripts, at the end of its body, before the banner's: the portal's own, then
   * those waiting for consent, which the banner runs when it starts if their category was accepted,
   * or once it is.
   */
  static final String TAGS =
      "<script src=\""
          + PORTAL
          + "\" data-key=\""
          + Html.escape(PortalCookies.DATASETS_VIEW)
          + "\"></script>\n"
          + "<script type=\"text/plain\" data-category=\"statistics\" src=\""
          + AUDIENCE
          + "\"></script>\n"
          + "<script type=\"text/plain\" data-category=\"third_party\" src=\""
          + MAP
          + "\"></script>\n";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Responses.send(response, "text/javascript", files.get(request.getServletPath()));
  }
}
