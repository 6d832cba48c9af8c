package org.cookiecharter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cookiecharter.scan.ConsentCookie;
import org.cookiecharter.scan.CookieScan;
import org.cookiecharter.scan.ScanException;
import org.cookiecharter.scan.ScanReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cookie-charter scan}: the browser scan ({@link CookieScan}). */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = CookieCharterCli.Version.class,
    sortOptions = false,
    description = {
      "Drives a headless Chromium through the site in every consent state (no-choice, refuse-all,"
          + " accept-<category> for each category alone, accept-all), records every cookie and"
          + " storage key that its responses and scripts set, and holds them against the"
          + " declarations.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding",
      "1:findings: undeclared, set before consent, longer than declared, or a banner not driven",
      "2:the scan could not run (bad arguments, no browser, site unreachable)"
    },
    footerHeading = "%nExample:%n",
    footer =
        "  java -jar cookie-charter-cli.jar scan http://localhost:8080/ \\%n"
            + "      --declarations target/classes/META-INF/cookie-charter/cookies.json")
final class ScanCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", arity = "1..*", description = "The start pages.")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--declarations",
      required = true,
      paramLabel = "FILE",
      description = "The cookies.json that the build wrote (META-INF/cookie-charter/cookies.json).")
  @SuppressWarnings("NullAway.Init") // required: picocli sets it before it calls the command
  Path declarations;

  @Option(
      names = "--pages",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "Pages visited per state, breadth-first from the start pages and the"
              + " sitemap (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description = "States scanned at once, in one browser (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = "cookie-scan-report",
      description = "Where report.json and report.html go (default: ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init") // it has a default, which picocli sets
  Path report;

  @Option(
      names = "--browser",
      paramLabel = "PATH",
      description =
          "The Chromium to drive (default: $CHROME_BIN, else chromium,"
              + " chromium-browser or google-chrome on the PATH).")
  @Nullable Path browser;

  @Option(
      names = "--consent-cookie",
      paramLabel = "STATE=NAME=VALUE",
      description =
          "For a banner the scan does not drive: the cookie it stores in STATE, given"
              + " before the first visit. Repeatable.")
  List<String> consentCookies = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // picocli injects it before it calls the command
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      CookieScan.Builder scan =
          CookieScan.of(urls.toArray(String[]::new))
              .declarations(declarations)
              .pages(pages)
              .parallel(parallel)
              .progress(
                  line -> {
                    err.println(line);
                    err.flush();
                  });
      if (browser != null) {
        scan.browser(browser);
      }
      for (String text : consentCookies) {
        ConsentCookie cookie;
        try {
          cookie = ConsentCookie.parse(text);
        } catch (IllegalArgumentException e) {
          throw new ScanException("--consent-cookie " + e.getMessage());
        }
        scan.consentCookie(cookie.state(), cookie.name(), cookie.value());
      }
      ScanReport result = scan.run();
      Path html = result.write(report);
      if (result.passed()) {
        out.println("No finding. Report: " + html.toAbsolutePath());
        return 0;
      }
      int count = result.findings().size();
      out.println(count + (count == 1 ? " finding:" : " findings:"));
      out.println(result.findingsText());
      out.println("Report: " + html.toAbsolutePath());
      return 1;
    } catch (ScanException e) {
      err.println("cookie-charter scan: " + e.getMessage());
      return CookieCharterCli.CANNOT_RUN;
    } catch (IOException e) {
      err.println("cookie-charter scan: cannot write the report in " + report + ": " + e);
      return CookieCharterCli.CANNOT_RUN;
    }
  }
}
