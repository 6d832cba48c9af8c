package org.cookiecharter.scan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site for a scan to visit, on loopback: pages given by the test, else files of a folder of the
 * test resources. One server answers two sites: {@code 127.0.0.1} (the site scanned) and {@code
 * localhost} (another registrable domain, for frames of another origin).
 */
final class TestSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final String folder;

  /**
   * A page: its type, body and the Set-Cookie headers it sends; a redirect when it has a location.
   */
  record Page(String type, String body, List<String> cookies, String location) {
    Page(String type, String body, List<String> cookies) {
      this(type, body, cookies, null);
    }
  }

  TestSite(String folder) throws IOException {
    this.folder = folder;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  TestSite page(String path, String type, String body, String... cookies) {
    pages.put(path, new Page(type, body, List.of(cookies)));
    return this;
  }

  /** A redirect from {@code path} to {@code location}, setting {@code cookies}. */
  TestSite redirect(String path, String location, String... cookies) {
    pages.put(path, new Page("text/plain", "", List.of(cookies), location));
    return this;
  }

  /** The site's URL for {@code path}, on 127.0.0.1. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The URL of {@code path} on the other site, localhost. */
  String otherSite(String path) {
    return "http://localhost:" + server.getAddress().getPort() + path;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Page page = pages.get(path);
      if (page == null && folder != null) {
        page = file(path.equals("/") ? "/index.html" : path);
      }
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", page.type());
      for (String cookie : page.cookies()) {
        exchange.getResponseHeaders().add("Set-Cookie", cookie);
      }
      if (page.location() != null) {
        exchange.getResponseHeaders().add("Location", page.location());
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private Page file(String path) {
    if (path.contains("..")) {
      return null;
    }
    try (InputStream in = TestSite.class.getResourceAsStream("sites/" + folder + path)) {
      if (in == null) {
        return null;
      }
      String type =
          path.endsWith(".js")
              ? "text/javascript"
              : path.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
      return new Page(type, new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
