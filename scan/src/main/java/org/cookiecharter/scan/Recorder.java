package org.cookiecharter.scan;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.HttpHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.SetCookieHeader;
import org.cookiecharter.scan.SeenCookie.Via;
import org.cookiecharter.scan.SeenStorage.StorageType;
import org.jspecify.annotations.Nullable;

/**
 * Records what the site sets in one browser context (one consent state), as the Website Evidence
 * Collector and OpenWPM do: the {@code Set-Cookie} headers of every response (pages, subresources,
 * redirects, frames of other origins), every cookie and storage write of a script with its URL and
 * line ({@code record.js}, run in every frame before the page's scripts), the storage keys of every
 * frame, and the cookie jar at the end. What it returns is sorted, not in the order that the
 * browser's events happened to come in. One cookie is one name, domain and path: the first write
 * says who set it, the longest expiry asked for counts. A deletion sets nothing.
 */
final class Recorder {
  /** The function that {@code record.js} calls in every frame. */
  static final String BINDING = "__cookieCharterRecord";

  private static final String HOOK = resource("record.js");

  /** Returns the frame's origin and the keys of its two storages, or null where denied. */
  private static final String STORAGE_KEYS =
      "() => { const keys = (s) => { try { return Object.keys(s()); } catch (e) { return []; } };"
          + " return { origin: location.origin, host: location.hostname,"
          + " local: keys(() => localStorage),"
          + " session: keys(() => sessionStorage) }; }";

  private final String siteHost;
  private final List<Response> responses = new ArrayList<>();
  private final Map<String, SeenCookie> cookies = new LinkedHashMap<>();
  private final Map<String, SeenStorage> storage = new LinkedHashMap<>();
  private String page = "";

  /** Records for a site whose start page is on {@code siteHost}. */
  Recorder(String siteHost) {
    this.siteHost = siteHost;
  }

  /** Starts recording in {@code context}, before any page opens. */
  void attach(BrowserContext context) {
    context.exposeBinding(BINDING, (source, args) -> onScriptWrite(args));
    context.addInitScript(HOOK);
    context.onResponse(responses::add);
  }

  /** The page that the next writes belong to. */
  void visiting(String url) {
    page = url;
  }

  /** Reads the headers of the responses received so far and the storage of every frame. */
  void collect(Page current) {
    collectHeaders();
    for (Frame frame : current.frames()) {
      storageOf(frame);
    }
  }

  private void collectHeaders() {
    List<Response> received = new ArrayList<>(responses);
    responses.clear();
    for (Response response : received) {
      for (HttpHeader header : headers(response)) {
        if (header.name.equalsIgnoreCase("set-cookie")) {
          String[] url = hostAndPath(response.url());
          if (url == null) {
            continue;
          }
          // One header per cookie; a browser that folds them joins them with new lines.
          for (String value : header.value.split("\n")) {
            cookieSet(value, url[0], url[1], Via.HEADER, Optional.of(response.url()));
          }
        }
      }
    }
  }

  /**
   * Reads the responses not read yet (a late request, a page that failed to load), then adds the
   * cookies of the browser's jar that no header or script showed being set.
   */
  void collectJar(BrowserContext context) {
    collectHeaders();
    double now = Instant.now().getEpochSecond();
    for (Cookie cookie : context.cookies()) {
      if (cookie.name.isEmpty()) {
        continue; // a cookie without a name: a write without "=", skipped where it was made
      }
      String domain = stripDot(cookie.domain);
      String key = cookieKey(cookie.name, domain, cookie.path);
      if (!cookies.containsKey(key)) {
        Optional<Long> expires =
            cookie.expires == null || cookie.expires < 0
                ? Optional.empty()
                : Optional.of(Math.max(0L, Math.round(cookie.expires - now)));
        cookies.put(
            key,
            new SeenCookie(
                cookie.name,
                domain,
                cookie.path,
                expires,
                Parties.of(domain, siteHost),
                Via.BROWSER,
                Optional.empty(),
                page));
      }
    }
  }

  /** The cookies, by name, domain and path: the same order whatever order they came in. */
  List<SeenCookie> cookies() {
    return cookies.values().stream()
        .sorted(
            Comparator.comparing(SeenCookie::name)
                .thenComparing(SeenCookie::domain)
                .thenComparing(SeenCookie::path))
        .toList();
  }

  /** The storage keys, by key, origin and storage. */
  List<SeenStorage> storage() {
    return storage.values().stream()
        .sorted(
            Comparator.comparing(SeenStorage::key)
                .thenComparing(SeenStorage::origin)
                .thenComparing(SeenStorage::type))
        .toList();
  }

  private static List<HttpHeader> headers(Response response) {
    try {
      return response.headersArray();
    } catch (PlaywrightException gone) {
      // The frame or page went away before its extra headers came: nothing more to read.
      return List.of();
    }
  }

  private @Nullable Object onScriptWrite(Object[] args) {
    if (args.length != 1 || !(args[0] instanceof Map<?, ?> write)) {
      return null;
    }
    Optional<String> setBy = caller(write.get("caller"));
    String type = String.valueOf(write.get("type"));
    String host = String.valueOf(write.get("host"));
    if (type.equals("cookie")) {
      cookieSet(
          String.valueOf(write.get("value")),
          host,
          String.valueOf(write.get("path")),
          Via.SCRIPT,
          setBy);
    } else if (type.equals("local") || type.equals("session")) {
      storageSeen(
          String.valueOf(write.get("key")),
          type.equals("local") ? StorageType.LOCAL : StorageType.SESSION,
          String.valueOf(write.get("origin")),
          host,
          setBy);
    }
    return null;
  }

  private static Optional<String> caller(@Nullable Object caller) {
    if (caller instanceof Map<?, ?> map && map.get("url") != null) {
      Object line = map.get("line");
      String lineText = line instanceof Number number ? ":" + number.longValue() : "";
      return Optional.of(map.get("url") + lineText);
    }
    return Optional.empty();
  }

  /**
   * A cookie set by a response from {@code host} for a request of {@code requestPath}, or by a
   * script of a document there.
   */
  private void cookieSet(
      String header, String host, String requestPath, Via via, Optional<String> setBy) {
    Instant now = Instant.now();
    SetCookieHeader cookie = SetCookieHeader.parse(header, now);
    // Without "=" before the first ";", browsers keep a cookie without a name: none to declare.
    int pair = header.indexOf(';');
    if (header.substring(0, pair < 0 ? header.length() : pair).indexOf('=') < 0
        || cookie.name().isEmpty()
        || cookie.deletesAt(now)) {
      return;
    }
    if (cookie.domain().isPresent() && !Parties.mayDomainSet(host, cookie.domain().get())) {
      return; // the browser ignores it (RFC 6265, 5.3): a phantom, as an "auto" domain's first try
    }
    String domain = cookie.domain().orElse(host);
    String path = cookie.path().orElse(defaultPath(requestPath));
    Optional<Long> expires = cookie.expiry().map(expiry -> secondsBetween(now, expiry));
    String key = cookieKey(cookie.name(), domain, path);
    SeenCookie earlier = cookies.get(key);
    if (earlier != null) {
      if (expires.isPresent()
          && (earlier.expires().isEmpty() || expires.get() > earlier.expires().get())) {
        cookies.put(
            key,
            new SeenCookie(
                earlier.name(),
                earlier.domain(),
                earlier.path(),
                expires,
                earlier.party(),
                earlier.via(),
                earlier.setBy(),
                earlier.page()));
      }
      return;
    }
    cookies.put(
        key,
        new SeenCookie(
            cookie.name(), domain, path, expires, Parties.of(domain, siteHost), via, setBy, page));
  }

  private void storageOf(Frame frame) {
    Object result;
    try {
      result = frame.evaluate(STORAGE_KEYS);
    } catch (PlaywrightException detachedOrDenied) {
      return;
    }
    if (!(result instanceof Map<?, ?> keys) || "null".equals(keys.get("origin"))) {
      return;
    }
    String origin = String.valueOf(keys.get("origin"));
    for (StorageType type : StorageType.values()) {
      if (keys.get(type.key()) instanceof List<?> list) {
        for (Object key : list) {
          storageSeen(
              String.valueOf(key),
              type,
              origin,
              String.valueOf(keys.get("host")),
              Optional.empty());
        }
      }
    }
  }

  private void storageSeen(
      String key, StorageType type, String origin, String host, Optional<String> setBy) {
    String id = type + " " + origin + " " + key;
    SeenStorage earlier = storage.get(id);
    if (earlier == null || (earlier.setBy().isEmpty() && setBy.isPresent())) {
      storage.put(
          id,
          new SeenStorage(
              key,
              type,
              origin,
              Parties.of(host, siteHost),
              setBy,
              earlier == null ? page : earlier.page()));
    }
  }

  /**
   * The host and path of an http(s) URL as the browser gave it, read leniently: a query with
   * characters that {@link URI} refuses ({@code ?ev[]=1}) still has a host; null for a URL of
   * another scheme ({@code about:}, {@code data:}).
   */
  private static String @Nullable [] hostAndPath(String url) {
    java.util.regex.Matcher parts = URL_PARTS.matcher(url);
    return parts.lookingAt() ? new String[] {parts.group(1), parts.group(2)} : null;
  }

  private static final java.util.regex.Pattern URL_PARTS =
      java.util.regex.Pattern.compile(
          "(?i)https?://(?:[^@/?#]*@)?(\\[[^\\]]*\\]|[^:/?#]*)(?::\\d*)?([^?#]*)");

  /** RFC 6265's default-path: the request path up to its last {@code /}, or {@code /}. */
  static String defaultPath(String requestPath) {
    if (requestPath == null || !requestPath.startsWith("/")) {
      return "/";
    }
    int last = requestPath.lastIndexOf('/');
    return last == 0 ? "/" : requestPath.substring(0, last);
  }

  private static long secondsBetween(Instant now, Instant expiry) {
    if (expiry.equals(Instant.MAX)) {
      return Long.MAX_VALUE;
    }
    try {
      return Math.max(0L, Duration.between(now, expiry).getSeconds());
    } catch (ArithmeticException tooFar) {
      return Long.MAX_VALUE;
    }
  }

  private static String stripDot(String domain) {
    return domain.startsWith(".") ? domain.substring(1) : domain;
  }

  private static String cookieKey(String name, String domain, String path) {
    return name + "\u0000" + domain + "\u0000" + path;
  }

  static String resource(String name) {
    try (InputStream in = Recorder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + Recorder.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
