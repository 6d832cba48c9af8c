package org.cookiecharter.scan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One consent state, lived as a visitor lives it in a fresh browser context: the first page, the
 * banner's choice made with its buttons (or its consent cookie given beforehand), then the site's
 * same-origin links breadth-first.
 */
final class StateScan {
  private static final double NAVIGATION_MS = 30_000;
  private static final double SETTLE_MS = 10_000;
  private static final double BANNER_MS = 5_000;
  private static final long QUIET_MS = 500;

  private final ScanSettings settings;

  StateScan(ScanSettings settings) {
    this.settings = settings;
  }

  StateReport run(Browser browser, ConsentState state, Consumer<String> progress) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setUserAgent(visitorAgent(browser)));
    try {
      Optional<ConsentCookie> preset = settings.consentCookie(state.name());
      // On every start page's host, at "/", as banners store their choice.
      preset.ifPresent(
          cookie ->
              context.addCookies(
                  settings.start().stream()
                      .map(URI::getHost)
                      .distinct()
                      .map(
                          host ->
                              new Cookie(cookie.name(), cookie.value())
                                  .setDomain(host)
                                  .setPath("/"))
                      .toList()));
      Recorder recorder = new Recorder(settings.start().get(0).getHost());
      recorder.attach(context);
      Page page = context.newPage();
      page.setDefaultTimeout(BANNER_MS);
      Deque<URI> queue = new ArrayDeque<>(settings.pages());
      Set<URI> known = new LinkedHashSet<>(settings.pages());
      List<String> visited = new ArrayList<>();
      BannerOutcome consent = null;
      while (!queue.isEmpty() && visited.size() < settings.maxPages()) {
        URI url = queue.poll();
        recorder.visiting(url.toString());
        try {
          page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(NAVIGATION_MS));
        } catch (PlaywrightException failed) {
          progress.accept(state.name() + ": " + url + " not loaded: " + firstLine(failed));
          continue;
        }
        settle(page);
        if (consent == null) {
          try (InFlight requests = new InFlight(page)) {
            consent = consent(page, state, preset);
            requests.waitQuiet();
          }
          if (consent.driven() && state.choice() != ConsentState.Choice.NO_CHOICE) {
            // As a visitor goes on: the page again, now served under the choice just made.
            recorder.collect(page);
            if (!reload(page, url, state, progress)) {
              continue;
            }
          }
        }
        recorder.collect(page);
        visited.add(url.toString());
        for (URI link : links(page)) {
          if (known.add(link)) {
            queue.add(link);
          }
        }
        progress.accept(
            state.name()
                + ": "
                + visited.size()
                + " of "
                + Math.min(settings.maxPages(), visited.size() + queue.size())
                + " pages");
      }
      recorder.collectJar(context);
      return new StateReport(
          state,
          consent == null
              ? new BannerOutcome(Optional.empty(), false, "no page could be loaded")
              : consent,
          visited,
          recorder.cookies(),
          recorder.storage());
    } finally {
      context.close();
    }
  }

  private static boolean reload(Page page, URI url, ConsentState state, Consumer<String> progress) {
    try {
      page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(NAVIGATION_MS));
    } catch (PlaywrightException failed) {
      progress.accept(state.name() + ": " + url + " not loaded again: " + firstLine(failed));
      return false;
    }
    settle(page);
    return true;
  }

  /** The browser's own user agent, without the "Headless" that banners hide from. */
  private static String visitorAgent(Browser browser) {
    BrowserContext probe = browser.newContext();
    try {
      Page blank = probe.newPage();
      return String.valueOf(blank.evaluate("() => navigator.userAgent"))
          .replace("HeadlessChrome", "Chrome");
    } finally {
      probe.close();
    }
  }

  private BannerOutcome consent(Page page, ConsentState state, Optional<ConsentCookie> preset) {
    if (preset.isPresent()) {
      return new BannerOutcome(
          Optional.of("consent cookie " + preset.get().name()),
          true,
          "consent cookie " + preset.get().name() + " given before the first visit");
    }
    Optional<ConsentBanner> banner = shownBanner(page);
    if (state.choice() == ConsentState.Choice.NO_CHOICE) {
      return new BannerOutcome(
          banner.map(ConsentBanner::name),
          true,
          banner.map(b -> b.name() + " shown, nothing clicked").orElse("no banner shown"));
    }
    if (banner.isEmpty()) {
      return new BannerOutcome(
          Optional.empty(),
          false,
          "no banner that the scan drives was shown (CookieConsent, Klaro!, tarteaucitron):"
              + " give the banner's consent cookie for this state with --consent-cookie");
    }
    try {
      banner.get().choose(page, state, settings.declarations());
      page.locator(banner.get().shownSelector())
          .first()
          .waitFor(
              new com.microsoft.playwright.Locator.WaitForOptions()
                  .setState(WaitForSelectorState.HIDDEN)
                  .setTimeout(BANNER_MS));
    } catch (PlaywrightException failed) {
      return new BannerOutcome(
          Optional.of(banner.get().name()),
          false,
          banner.get().name() + " did not take the choice: " + firstLine(failed));
    }
    return new BannerOutcome(
        Optional.of(banner.get().name()), true, banner.get().name() + ": " + describe(state));
  }

  private static String describe(ConsentState state) {
    return switch (state.choice()) {
      case ACCEPT_ALL -> "accepted all";
      case REFUSE_ALL -> "refused all";
      case ACCEPT_SOME ->
          "accepted " + String.join(", ", state.accepted().stream().sorted().toList());
      case NO_CHOICE -> "nothing clicked";
    };
  }

  private static Optional<ConsentBanner> shownBanner(Page page) {
    ConsentBanner[] banners = ConsentBanner.known();
    StringBuilder any = new StringBuilder();
    for (ConsentBanner banner : banners) {
      any.append(any.length() == 0 ? "" : ", ").append(banner.shownSelector());
    }
    try {
      page.waitForSelector(
          any.toString(),
          new Page.WaitForSelectorOptions()
              .setState(WaitForSelectorState.VISIBLE)
              .setTimeout(BANNER_MS));
    } catch (PlaywrightException none) {
      return Optional.empty();
    }
    for (ConsentBanner banner : banners) {
      if (page.locator(banner.shownSelector()).first().isVisible()) {
        return Optional.of(banner);
      }
    }
    return Optional.empty();
  }

  /**
   * The requests of a page and its frames in flight, watched from before a click: after it, {@link
   * #waitQuiet} waits for the scripts that consent loads. Playwright's network-idle state is the
   * document's, reached once per navigation, and waited for a frame of another origin that the
   * click added, it ran out its limit.
   */
  private static final class InFlight implements AutoCloseable {
    private final Page page;
    private final java.util.Set<com.microsoft.playwright.Request> requests =
        new java.util.HashSet<>();
    private long lastChange = System.nanoTime();
    private final Consumer<com.microsoft.playwright.Request> started = this::started;
    private final Consumer<com.microsoft.playwright.Request> ended = this::ended;

    InFlight(Page page) {
      this.page = page;
      page.onRequest(started);
      page.onRequestFinished(ended);
      page.onRequestFailed(ended);
    }

    private void started(com.microsoft.playwright.Request request) {
      requests.add(request);
      lastChange = System.nanoTime();
    }

    private void ended(com.microsoft.playwright.Request request) {
      requests.remove(request);
      lastChange = System.nanoTime();
    }

    /**
     * Until none has been in flight for {@value StateScan#QUIET_MS} ms, at most {@code SETTLE_MS}.
     */
    void waitQuiet() {
      long deadline = System.nanoTime() + (long) SETTLE_MS * 1_000_000L;
      try {
        while (System.nanoTime() < deadline) {
          page.waitForTimeout(100); // lets Playwright deliver the page's events
          if (requests.isEmpty() && System.nanoTime() - lastChange >= QUIET_MS * 1_000_000L) {
            return;
          }
        }
      } catch (PlaywrightException gone) {
        // the page navigated or closed: what it did is recorded
      }
    }

    @Override
    public void close() {
      page.offRequest(started);
      page.offRequestFinished(ended);
      page.offRequestFailed(ended);
    }
  }

  private static void settle(Page page) {
    try {
      page.waitForLoadState(
          LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(SETTLE_MS));
    } catch (PlaywrightException stillBusy) {
      // a page that polls never idles: what it set so far is recorded
    }
  }

  private List<URI> links(Page page) {
    Object hrefs;
    try {
      hrefs = page.evalOnSelectorAll("a[href]", "links => links.map(link => link.href)");
    } catch (PlaywrightException gone) {
      return List.of();
    }
    List<URI> links = new ArrayList<>();
    if (hrefs instanceof List<?> list) {
      for (Object href : list) {
        settings.sameSite(String.valueOf(href)).ifPresent(links::add);
      }
    }
    return links;
  }

  /** The error's own message: Playwright's begins "Error {" and gives it as message='...'. */
  static String firstLine(PlaywrightException e) {
    String message = String.valueOf(e.getMessage()).strip();
    int quoted = message.indexOf("message='");
    if (message.startsWith("Error {") && quoted >= 0) {
      message = message.substring(quoted + "message='".length());
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
