package org.cookiecharter.guard;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty with the guard in front of a servlet that sets the cookies a request asks for:
 * {@code /set?cookie=NAME} ({@code addCookie}), {@code header=VALUE} ({@code addHeader}), {@code
 * replace=VALUE} ({@code setHeader}), {@code delete=NAME} ({@code addCookie} with max-age 0),
 * {@code long=N} (a name of N characters, by {@code addHeader} then as a whole {@code setHeader}).
 */
final class TestServer implements AutoCloseable {
  private final Server server;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(Server server) {
    this.server = server;
  }

  /** With {@code filter} configured by {@code init} parameters, sessions as {@code options}. */
  static TestServer start(
      Filter filter, Map<String, String> init, int options, Consumer<ServletContextHandler> setUp)
      throws Exception {
    ServletContextHandler context = new ServletContextHandler(options);
    context.setContextPath("/");
    FilterHolder guard = new FilterHolder(filter);
    guard.setInitParameters(init);
    context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new CookieServlet()), "/set");
    setUp.accept(context);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("localhost");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(context);
    server.start();
    return new TestServer(server);
  }

  static TestServer start(Filter filter) throws Exception {
    return start(filter, Map.of(), ServletContextHandler.NO_SESSIONS, context -> {});
  }

  /** {@code GET /set?...} with these parameters, in order, sending {@code cookies}. */
  HttpResponse<String> get(List<Map.Entry<String, String>> parameters, String cookies)
      throws Exception {
    String query =
        parameters.stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/set?" + query));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(List<Map.Entry<String, String>> parameters) throws Exception {
    return get(parameters, "");
  }

  URI uri(String path) {
    return server.getURI().resolve(path);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** The names of the cookies a response set, in order. */
  static List<String> names(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, Math.max(0, header.indexOf('='))))
        .collect(Collectors.toList());
  }

  private static final class CookieServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      for (String pair : request.getQueryString().split("&")) {
        String key = pair.substring(0, pair.indexOf('='));
        String value =
            java.net.URLDecoder.decode(
                pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
        switch (key) {
          case "cookie" -> response.addCookie(new Cookie(value, "1"));
          case "delete" -> {
            Cookie deletion = new Cookie(value, "");
            deletion.setMaxAge(0);
            response.addCookie(deletion);
          }
          case "header" -> response.addHeader("Set-Cookie", value);
          case "lowercase" -> response.addHeader("set-cookie", value);
          case "replace" -> response.setHeader("Set-Cookie", value);
          case "long" -> { // a name of this many characters, too long for the query
            response.addHeader("Set-Cookie", "a".repeat(Integer.parseInt(value)) + "=1");
            response.setHeader("Set-Cookie", "a".repeat(Integer.parseInt(value)));
          }
          default -> throw new IllegalArgumentException(key);
        }
      }
      response.setStatus(204);
    }
  }
}
