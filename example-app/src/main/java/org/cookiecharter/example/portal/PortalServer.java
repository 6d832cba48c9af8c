package org.cookiecharter.example.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.cookiecharter.guard.CookieCharterFilter;
import org.cookiecharter.guard.CookieCharterFilter.Mode;
import org.cookiecharter.guard.CookieConsentReader;
import org.cookiecharter.guard.DeclaredCookies;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The portal on an embedded Jetty: its pages, its forms and its charter, behind cookie-charter's
 * guard in mode block, which drops an undeclared cookie, and a cookie that needs consent until the
 * visitor gave it in the consent banner.
 */
public final class PortalServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;

  private PortalServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * The visitor's consent, which the consent banner keeps in the portal's preferences cookie, under
   * the revision of the build's cookies.json (that of the banner's configuration).
   */
  static final CookieConsentReader CONSENT =
      new CookieConsentReader(PortalCookies.COOKIE_PREFERENCES);

  /** Starts the portal on {@code host}; port 0 picks a free port. */
  public static PortalServer start(String host, int port) throws Exception {
    return start(host, port, true);
  }

  /**
   * Starts the portal, with or without its guard: without, for the benchmark that measures what the
   * guard costs.
   */
  public static PortalServer start(String host, int port, boolean guarded) throws Exception {
    // The charter files: read now, to fail at the start rather than at the first request.
    return start(host, port, CharterFiles.load(), guarded, Map.of());
  }

  /** Starts the portal with these charter files: a test's. */
  static PortalServer start(String host, int port, CharterFiles charter) throws Exception {
    return start(host, port, charter, true, Map.of());
  }

  /** Starts the portal with more servlets, by path: a test's. */
  static PortalServer start(
      String host, int port, CharterFiles charter, boolean guarded, Map<String, HttpServlet> more)
      throws Exception {
    Sessions sessions = new Sessions();

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath("/");
    if (guarded) {
      // First, so that it also sees the cookies of the filters after it.
      CookieCharterFilter guard =
          new CookieCharterFilter(DeclaredCookies.of(CookieRegistry.all()), Mode.BLOCK, CONSENT);
      context.addFilter(
          new FilterHolder(guard),
          "/*",
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
    }
    context.addFilter(new FilterHolder(new CsrfFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    more.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
    context.addServlet(new ServletHolder(new HomeServlet(sessions)), "/");
    ServletHolder login = new ServletHolder(new LoginServlet(sessions));
    context.addServlet(login, "/login");
    context.addServlet(login, "/logout");
    context.addServlet(new ServletHolder(new LanguageServlet()), "/langue");
    ServletHolder banner = new ServletHolder(new ConsentBanner(charter));
    context.addServlet(banner, ConsentBanner.CONFIG);
    context.addServlet(banner, ConsentBanner.SCRIPT);
    context.addServlet(banner, ConsentBanner.LIBRARY);
    context.addServlet(banner, ConsentBanner.LIBRARY_STYLESHEET);
    ServletHolder charterServlet = new ServletHolder(new CharterServlet(charter));
    context.addServlet(charterServlet, CharterServlet.PAGE);
    context.addServlet(charterServlet, CharterServlet.TEXT);
    context.addServlet(charterServlet, CharterServlet.JSON);
    context.addServlet(charterServlet, CharterServlet.STYLESHEET);
    context.addServlet(charterServlet, CharterServlet.PORTAL_STYLESHEET);
    context.addServlet(new ServletHolder(new DatasetsServlet()), "/api/datasets");
    ServletHolder scripts = new ServletHolder(new PortalScripts());
    context.addServlet(scripts, PortalScripts.PORTAL);
    context.addServlet(scripts, PortalScripts.AUDIENCE);
    context.addServlet(scripts, PortalScripts.MAP);
    context.addServlet(new ServletHolder(new EmbeddedMap()), EmbeddedMap.PATH);

    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(context);
    server.start();
    return new PortalServer(server, connector);
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Its address, as a visitor on this machine reaches it. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the portal", e);
    }
  }
}
