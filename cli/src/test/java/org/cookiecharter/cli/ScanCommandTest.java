package org.cookiecharter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cookiecharter.scan.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cookie-charter scan} as a user runs it: its help, its exit codes, its reports. */
class ScanCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CookieCharterCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpSaysWhatItDoesAndItsExitCodes() {
    assertEquals(0, run("scan", "--help"));
    String help = out.toString();
    assertTrue(help.startsWith("Usage: cookie-charter scan [-hV] [--browser=PATH]"), help);
    assertTrue(
        help.contains("  2   the scan could not run (bad arguments, no browser, site"), help);
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("  scan  Drives a headless Chromium"), out.toString());
  }

  @Test
  void badArgumentsExitWithTwoAndOneLine() {
    assertEquals(2, run("scan", "http://127.0.0.1/"));
    assertEquals(
        "cookie-charter: Missing required option: '--declarations=FILE'\n"
            + "Try 'cookie-charter scan --help'.\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aMissingBrowserOrDeclarationsFileIsOneClearError() throws Exception {
    Path declarations = declarations();
    assertEquals(
        2,
        run(
            "scan",
            "http://127.0.0.1:1/",
            "--declarations",
            declarations.toString(),
            "--browser",
            folder.resolve("no-chromium").toString()));
    assertEquals(
        "cookie-charter scan: no browser at "
            + folder.resolve("no-chromium")
            + ": install one (Debian, Ubuntu: apt-get install chromium) or pass --browser PATH\n",
        err.toString().replace(System.lineSeparator(), "\n"));

    StringWriter again = new StringWriter();
    err.getBuffer().setLength(0);
    Files.writeString(folder.resolve("not.json"), "{\"platform\": \"x\"}");
    assertEquals(
        2,
        run(
            "scan",
            "http://127.0.0.1:1/",
            "--declarations",
            folder.resolve("not.json").toString()));
    assertEquals(
        "cookie-charter scan: "
            + folder.resolve("not.json")
            + " is not a cookies.json written by cookie-charter (no \"cookies\" list)\n",
        err.toString().replace(System.lineSeparator(), "\n"));
    assertEquals("", again.toString());
  }

  @Test
  void exitsWithOneOnFindingsAndZeroWithoutAndWritesTheReports() throws Exception {
    Chromium.require();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] page =
              "<!DOCTYPE html><title>t</title><script>document.cookie = 'trk=1';</script>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.getResponseHeaders().add("Set-Cookie", "sessionid=1; Path=/");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Path reports = folder.resolve("reports");
      assertEquals(
          1,
          run(
              "scan",
              url,
              "--declarations",
              declarations().toString(),
              "--report",
              reports.toString(),
              "--pages",
              "1"));
      assertEquals(
          "1 finding:\nundeclared: cookie \"trk\" (127.0.0.1) is not declared, set in state"
              + " no-choice, set by "
              + url
              + ":1 (first party)\nReport: "
              + reports.resolve("report.html").toAbsolutePath()
              + "\n",
          out.toString().replace(System.lineSeparator(), "\n"));
      assertTrue(Files.exists(reports.resolve("report.json")));
      assertTrue(err.toString().contains("no-choice: 1 of 1 pages"), err.toString());

      out.getBuffer().setLength(0);
      Files.writeString(
          folder.resolve("with-trk.json"),
          Files.readString(declarations())
              .replace(
                  "\"cookies\": [",
                  "\"cookies\": [{\"name\": \"trk\", \"provider\": \"T\", \"service\": \"S\","
                      + " \"purpose\": \"P\", \"category\": \"NECESSARY\"},"));
      assertEquals(
          0,
          run(
              "scan",
              url,
              "--declarations",
              folder.resolve("with-trk.json").toString(),
              "--report",
              reports.toString(),
              "--pages",
              "1"));
      assertTrue(out.toString().startsWith("No finding. Report: "), out.toString());
    } finally {
      server.stop(0);
    }
  }

  /** A cookies.json as the build writes it: one necessary session cookie. */
  private Path declarations() throws Exception {
    Path file = folder.resolve("cookies.json");
    Files.writeString(
        file,
        "{\n  \"platform\": \"https://data.example.org\",\n  \"cookies\": [\n    {\"name\":"
            + " \"sessionid\", \"provider\": \"P\", \"service\": \"S\", \"purpose\": \"P\","
            + " \"category\": \"NECESSARY\", \"declaredIn\": \"a.B\", \"duration\":"
            + " \"session\", \"requiresConsent\": false}\n  ]\n}\n");
    return file;
  }
}
