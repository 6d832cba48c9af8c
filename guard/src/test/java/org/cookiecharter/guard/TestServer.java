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
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty with the guard in front of a servlet that sets the cookies a request asks for:
 * {@code /set?cookie=NAME} ({@code addCookie}), {@code header=VALUE} ({@code addHeader}), {@code
 * replace=VALUE} ({@code setHeader}), {@code delete=NAME} ({@code addCookie} with max-age 0),
 * {@code long=N} (a name of N characters, by {@code addHeader} then as a whole {@code setHeader}),
 * {@code int} and {@code date} (a {@code Set-Cookie} header as a number, as a date), {@code many=N}
 * (N cookies {@code t0}, {@code t1}...), {@code redirect=PATH} (a 302 there). Also {@code
 * /async?cookie=NAME} (set from another thread of an asynchronous request), and {@code /fail},
 * whose error page sets {@code error_page}.
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
    context.addFilter(
        guard,
        "/*",
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
    context.addServlet(new ServletHolder(new CookieServlet()), "/set");
    ServletHolder async = new ServletHolder(new AsyncCookieServlet());
    async.setAsyncSupported(true);
    context.addServlet(async, "/async");
    context.addServlet(new ServletHolder(new FailingServlet()), "/fail");
    context.addServlet(new ServletHolder(new ErrorPageServlet()), "/error-page");
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(500, "/error-page");
    context.setErrorHandler(errors);
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

  /** {@code GET path}, a path with its query. */
  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(List<Map.Entry<String, String>> parameters) throws Exception {
    return get(parameters, "");
  }

  URI uri(String path) {
    return server.getURI().resolve(path);
  }

  /** Stops the server; throws no checked exception, so that a test's resources need not. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the test server stopped", e);
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not stop", e);
    }
  }

  /** The names of the cookies a response set, in order. */
  static List<String> names(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, Math.max(0, header.indexOf('='))))
        .collect(Collectors.toList());
  }

  private static final class AsyncCookieServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      String name = request.getParameter("cookie");
      jakarta.servlet.AsyncContext async = request.startAsync();
      async.start(
          () -> {
            ((HttpServletResponse) async.getResponse()).addCookie(new Cookie(name, "1"));
            ((HttpServletResponse) async.getResponse()).setStatus(204);
            async.complete();
          });
    }
  }

  private static final class FailingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws java.io.IOException {
      response.sendError(500);
    }
  }

  private static final class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      response.addCookie(new Cookie("error_page", "1"));
    }
  }

  private static final class CookieServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

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
          case "int" -> response.setIntHeader("Set-Cookie", 5);
          case "date" -> response.addDateHeader("Set-Cookie", 0);
          case "many" -> {
            for (int i = 0; i < Integer.parseInt(value); i++) {
              response.addCookie(new Cookie("t" + i, "1"));
            }
          }
          case "redirect" -> {
            response.setStatus(302);
            response.setHeader("Location", value);
            return;
          }
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
