package org.cookiecharter.scan;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium to drive: the path given, else {@code CHROME_BIN}, else the first of {@code
 * chromium}, {@code chromium-browser} and {@code google-chrome} on the {@code PATH}. Never
 * downloads one.
 */
final class BrowserLocator {
  /** The commands looked for on the {@code PATH}, in order. */
  static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome");

  private BrowserLocator() {}

  /**
   * The browser's executable.
   *
   * @param given the path the user gave ({@code --browser}), if any
   * @param environment the process's environment ({@code CHROME_BIN}, {@code PATH})
   * @throws ScanException if none is found, saying how to install one
   */
  static Path locate(Optional<Path> given, Map<String, String> environment) {
    if (given.isPresent()) {
      return executable(given.get())
          .orElseThrow(() -> new ScanException("no browser at " + given.get() + ": " + INSTALL));
    }
    String chromeBin = environment.get("CHROME_BIN");
    if (chromeBin != null && !chromeBin.isBlank()) {
      return executable(Path.of(chromeBin))
          .orElseThrow(
              () -> new ScanException("CHROME_BIN=" + chromeBin + " is not a browser: " + INSTALL));
    }
    String path = environment.getOrDefault("PATH", "");
    for (String command : COMMANDS) {
      for (String folder : path.split(File.pathSeparator)) {
        if (!folder.isEmpty()) {
          Optional<Path> found = executable(Path.of(folder, command));
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
    }
    return throwNotFound();
  }

  private static Path throwNotFound() {
    throw new ScanException(
        "no Chromium found (--browser, CHROME_BIN, or "
            + String.join(", ", COMMANDS)
            + " on the PATH): "
            + INSTALL);
  }

  private static final String INSTALL =
      "install one (Debian, Ubuntu: apt-get install chromium) or pass --browser PATH";

  private static Optional<Path> executable(Path candidate) {
    return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
        ? Optional.of(candidate)
        : Optional.empty();
  }
}
