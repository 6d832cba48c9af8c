package org.cookiecharter.scan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cookiecharter.CookieDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Scans a site in a real Chromium, in every consent state, and holds every cookie and storage key
 * it sets against the declarations.
 *
 * <pre>{@code
 * ScanReport report =
 *     CookieScan.of("http://localhost:8080/").declarations(CookieRegistry.all()).run();
 * CookieScanAssertions.assertNoFindings(report);
 * }</pre>
 */
public final class CookieScan {
  private static final Pattern SITEMAP_LOCATION =
      Pattern.compile("<loc>\\s*([^<\\s]+)\\s*</loc>", Pattern.CASE_INSENSITIVE);

  private CookieScan() {}

  /**
   * The browser that a scan finds when none is given: {@code CHROME_BIN}, else {@code chromium},
   * {@code chromium-browser} or {@code google-chrome} on the {@code PATH}; empty, with the reason,
   * when there is none (for tests that skip without one).
   *
   * @return the executable, or the one-line reason why none was found
   */
  public static Optional<Path> installedBrowser(Consumer<String> reason) {
    try {
      return Optional.of(BrowserLocator.locate(Optional.empty(), System.getenv()));
    } catch (ScanException e) {
      reason.accept(e.getMessage());
      return Optional.empty();
    }
  }

  /** A scan that starts at these pages. */
  public static Builder of(String... start) {
    Builder builder = new Builder();
    for (String url : start) {
      builder.start(url);
    }
    return builder;
  }

  /** What a scan does; {@link #run()} runs it. */
  public static final class Builder {
    private final List<URI> start = new ArrayList<>();
    private @Nullable Declarations declarations;
    private int maxPages = 20;
    private int parallel = 1;
    private Optional<Path> browser = Optional.empty();
    private final Map<String, ConsentCookie> consentCookies = new LinkedHashMap<>();
    private Map<String, String> environment = System.getenv();
    private Consumer<String> progress = line -> {};

    private Builder() {}

    /** Adds a start page. */
    public Builder start(String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new ScanException("\"" + url + "\" is not a URL: " + e.getMessage(), e);
      }
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null) {
        throw new ScanException("\"" + url + "\" is not an http or https URL");
      }
      start.add(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri);
      return this;
    }

    /** The declarations to hold what the site sets against, as {@code CookieRegistry.all()}. */
    public Builder declarations(List<CookieDefinition> declared) {
      this.declarations = Declarations.of(declared);
      return this;
    }

    /** The declarations of a {@code cookies.json} that cookie-charter wrote. */
    public Builder declarations(Path cookiesJson) {
      this.declarations = Declarations.read(cookiesJson);
      return this;
    }

    /** How many pages each state visits at most: 20 unless said. */
    public Builder pages(int pages) {
      if (pages < 1) {
        throw new ScanException("--pages must be at least 1, not " + pages);
      }
      this.maxPages = pages;
      return this;
    }

    /** How many states run at once, each in its own context of the one browser: 1 unless said. */
    public Builder parallel(int parallel) {
      if (parallel < 1) {
        throw new ScanException("--parallel must be at least 1, not " + parallel);
      }
      this.parallel = parallel;
      return this;
    }

    /** The browser to drive, instead of looking for one ({@code CHROME_BIN}, the PATH). */
    public Builder browser(Path executable) {
      this.browser = Optional.of(executable);
      return this;
    }

    /**
     * For a banner the scan does not drive: the cookie it would store in {@code state}, given
     * before the state's first visit.
     */
    public Builder consentCookie(String state, String name, String value) {
      consentCookies.put(state, new ConsentCookie(state, name, value));
      return this;
    }

    /** Where the scan says what it is doing, a line at a time (the command line's console). */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** The environment that {@code CHROME_BIN} and {@code PATH} are read from (tests). */
    Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /**
     * Scans the site in every consent state.
     *
     * @throws ScanException if the scan could not run: no browser, no declarations, a start page
     *     that cannot be reached, a consent cookie for a state that does not exist
     */
    public ScanReport run() {
      if (start.isEmpty()) {
        throw new ScanException("no start page: give at least one URL");
      }
      Declarations declarations = this.declarations;
      if (declarations == null) {
        throw new ScanException("no declarations: give the build's cookies.json (--declarations)");
      }
      List<ConsentState> states = ConsentState.all(declarations.all());
      for (String state : consentCookies.keySet()) {
        if (states.stream().noneMatch(s -> s.name().equals(state))) {
          throw new ScanException(
              "--consent-cookie for \""
                  + state
                  + "\", which is not a state of these declarations: "
                  + String.join(", ", states.stream().map(ConsentState::name).toList()));
        }
      }
      Path executable = BrowserLocator.locate(browser, environment);
      List<URI> pages = new ArrayList<>(pagesToBegin(declarations));
      ScanSettings settings =
          new ScanSettings(start, pages, maxPages, parallel, declarations, consentCookies, browser);
      List<StateReport> reports = scan(executable, settings, states);
      return new ScanReport(
          start.stream().map(URI::toString).toList(),
          reports,
          Checks.findings(declarations, reports),
          Checks.neverSeen(declarations, reports));
    }

    /** The start pages, each checked reachable, then the same-origin pages of their sitemaps. */
    private List<URI> pagesToBegin(Declarations declarations) {
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      LinkedHashSet<URI> pages = new LinkedHashSet<>(start);
      for (URI url : start) {
        try {
          client.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
          throw new ScanException("cannot reach " + url + " (" + why(e) + ")", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ScanException("interrupted while reaching " + url, e);
        }
      }
      ScanSettings scope =
          new ScanSettings(start, start, maxPages, parallel, declarations, Map.of(), browser);
      for (URI origin : new LinkedHashSet<>(start.stream().map(u -> u.resolve("/")).toList())) {
        try {
          HttpResponse<String> sitemap =
              client.send(
                  HttpRequest.newBuilder(origin.resolve("/sitemap.xml"))
                      .timeout(Duration.ofSeconds(20))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (sitemap.statusCode() == 200) {
            Matcher location = SITEMAP_LOCATION.matcher(sitemap.body());
            while (location.find()) {
              scope.sameSite(location.group(1).replace("&amp;", "&")).ifPresent(pages::add);
            }
          }
        } catch (IOException noSitemap) {
          // a sitemap is optional
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ScanException("interrupted while reading the sitemap", e);
        }
      }
      return List.copyOf(pages);
    }

    private List<StateReport> scan(
        Path executable, ScanSettings settings, List<ConsentState> states) {
      ConcurrentLinkedQueue<Integer> todo = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < states.size(); i++) {
        todo.add(i);
      }
      StateReport[] reports = new StateReport[states.size()];
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Consumer<String> console =
          line -> {
            synchronized (this) {
              progress.accept(line);
            }
          };
      try (BrowserProcess process = BrowserProcess.start(executable)) {
        int workers = Math.min(settings.parallel(), states.size());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          Thread thread =
              new Thread(
                  () -> {
                    try (Playwright playwright = Playwright.create(playwrightOptions())) {
                      Browser browser = playwright.chromium().connectOverCDP(process.endpoint());
                      StateScan scan = new StateScan(settings);
                      Integer next;
                      while (failure.get() == null && (next = todo.poll()) != null) {
                        reports[next] = scan.run(browser, states.get(next), console);
                      }
                    } catch (Throwable e) { // any failure: one clear error, never a half report
                      failure.compareAndSet(null, e);
                    }
                  },
                  "cookie-charter-scan-" + w);
          thread.start();
          threads.add(thread);
        }
        for (Thread thread : threads) {
          thread.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ScanException("interrupted", e);
      }
      if (failure.get() != null) {
        throw new ScanException("the browser failed: " + failure.get().getMessage(), failure.get());
      }
      return List.of(reports);
    }

    private static String why(IOException e) {
      if (e instanceof java.net.ConnectException) {
        return "connection refused";
      }
      if (e instanceof java.net.http.HttpTimeoutException) {
        return "timed out";
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Playwright.CreateOptions playwrightOptions() {
      // The scan drives the installed browser: Playwright must never download its own.
      return new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
    }
  }
}
