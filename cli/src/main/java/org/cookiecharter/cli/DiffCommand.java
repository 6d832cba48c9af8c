package org.cookiecharter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cookiecharter.CookieListDiff;
import org.cookiecharter.CookieListDiffReport;
import org.cookiecharter.CookiesJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cookie-charter diff}: what changed between two builds' declarations. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the cookies added, removed and changed between two cookies.json files that"
          + " cookie-charter wrote (two builds, two releases), what changed in each, and whether"
          + " visitors must be asked for consent again: when a cookie that needs consent is"
          + " added, or changes in category, provider, duration, exemption or storage, or when"
          + " the purpose edition changed; and which consent categories the banners ask about"
          + " again (their consent fingerprints changed).",
      "Text by default; --format markdown for a pull request."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:visitors keep their choice (no change, or none that consent is about)",
      "1:visitors must be asked for consent again",
      "2:a file cannot be read or is not a cookies.json"
    },
    footerHeading = "%nExample:%n",
    footer =
        "  cookie-charter diff release-1.4/cookies.json"
            + " target/classes/META-INF/cookie-charter/cookies.json --format markdown")
final class DiffCommand implements Callable<Integer> {
  /** How the changes are written. */
  enum Format {
    TEXT,
    MARKDOWN
  }

  @SuppressWarnings("NullAway.Init") // required: picocli sets it before it calls the command
  @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier cookies.json.")
  Path before;

  @SuppressWarnings("NullAway.Init") // required: picocli sets it before it calls the command
  @Parameters(index = "1", paramLabel = "NEW.json", description = "The later cookies.json.")
  Path after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text or markdown (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @SuppressWarnings("NullAway.Init") // picocli injects it before it calls the command
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CookiesJson.Document old;
    CookiesJson.Document now;
    try {
      old = read(before);
      now = read(after);
    } catch (IllegalArgumentException e) {
      err.println("cookie-charter diff: " + e.getMessage());
      return CookieCharterCli.CANNOT_RUN;
    }
    CookieListDiff diff = CookieListDiff.between(old, now);
    out.print(
        format == Format.MARKDOWN
            ? CookieListDiffReport.markdown(diff)
            : CookieListDiffReport.text(diff));
    out.flush();
    return diff.asksAgain() ? 1 : 0;
  }

  /** The declarations of a file, or why it has none, naming it. */
  private static CookiesJson.Document read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
    }
    try {
      return CookiesJson.readDocument(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + " is not a cookies.json written by cookie-charter (" + e.getMessage() + ")", e);
    }
  }

  /** {@code text} or {@code markdown}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : Format.values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a format: text or markdown");
    }
  }
}
