package org.cookiecharter.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one headless Chromium of a scan, started with a fresh profile and a DevTools port that each
 * worker's Playwright connects to, so that states run side by side in one browser process.
 */
final class BrowserProcess implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(30);

  /**
   * Headless, with no first run, no background connections (refused on closed networks, and noise
   * in what the scan records) and third-party cookies and storage as Chrome allows them by default:
   * the scan must see what a site's frames of other origins set.
   */
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--disable-extensions",
          "--mute-audio",
          "--disable-features=TrackingProtection3pcd",
          // A visitor's browser, not an automated one: banners such as CookieConsent do not show
          // themselves to bots (navigator.webdriver, "HeadlessChrome"), and the scan lives what
          // a visitor lives. The user agent is set per context (StateScan).
          "--disable-blink-features=AutomationControlled",
          "--remote-debugging-address=127.0.0.1",
          "--remote-debugging-port=0");

  private final Process process;
  private final Path profile;
  private final String endpoint;

  private BrowserProcess(Process process, Path profile, String endpoint) {
    this.process = process;
    this.profile = profile;
    this.endpoint = endpoint;
  }

  /** Starts {@code executable}; throws {@link ScanException} if it does not come up. */
  static BrowserProcess start(Path executable) {
    Path profile;
    try {
      profile = Files.createTempDirectory("cookie-charter-scan-");
    } catch (IOException e) {
      throw new ScanException("cannot create a browser profile: " + e.getMessage(), e);
    }
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.add("about:blank");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(profile.resolve("browser.log").toFile())
              .start();
    } catch (IOException e) {
      deleteQuietly(profile);
      throw new ScanException("cannot start " + executable + ": " + e.getMessage(), e);
    }
    Path port = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        String log = tail(profile.resolve("browser.log"));
        deleteQuietly(profile);
        throw new ScanException(executable + " stopped at start: " + log);
      }
      try {
        List<String> lines = Files.readAllLines(port, StandardCharsets.UTF_8);
        if (lines.size() >= 2) {
          return new BrowserProcess(process, profile, "http://127.0.0.1:" + lines.get(0).strip());
        }
      } catch (IOException notYet) {
        // written once the port is open
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroyForcibly();
    deleteQuietly(profile);
    throw new ScanException(executable + " did not open its DevTools port within " + START);
  }

  /** Where Playwright connects ({@code http://127.0.0.1:PORT}). */
  String endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteQuietly(profile);
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary folder: the system cleans it
    }
  }
}
