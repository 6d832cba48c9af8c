package org.cookiecharter.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a scan saw and found: {@code report.json} for machines, {@code report.html} for people
 * ({@link ReportWriter}).
 *
 * @param start the start pages
 * @param states each state's pages, cookies and storage keys
 * @param findings what the declarations do not allow, in the order found
 * @param declaredNotSeen declared names that no state saw: listed, not a failure
 */
public record ScanReport(
    List<String> start,
    List<StateReport> states,
    List<Finding> findings,
    List<String> declaredNotSeen) {
  public ScanReport {
    start = List.copyOf(start);
    states = List.copyOf(states);
    findings = List.copyOf(findings);
    declaredNotSeen = List.copyOf(declaredNotSeen);
  }

  /** Whether the site did nothing that its declarations do not allow. */
  public boolean passed() {
    return findings.isEmpty();
  }

  /** The findings, one per line; empty when none. */
  public String findingsText() {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code folder}, made if missing.
   *
   * @return the HTML report
   */
  public Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("report.json"), ReportWriter.json(this));
    Path html = folder.resolve("report.html");
    Files.writeString(html, ReportWriter.html(this));
    return html;
  }
}
