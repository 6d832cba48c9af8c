package org.cookiecharter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieListDiff;
import org.cookiecharter.CookieListDiff.Attribute;
import org.cookiecharter.CookieListDiff.Change;
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
          + " added, or changes in category, provider, duration, exemption or storage.",
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
    List<CookieDefinition> old;
    List<CookieDefinition> now;
    try {
      old = read(before);
      now = read(after);
    } catch (IllegalArgumentException e) {
      err.println("cookie-charter diff: " + e.getMessage());
      return CookieCharterCli.CANNOT_RUN;
    }
    CookieListDiff diff = CookieListDiff.between(old, now);
    out.print(format == Format.MARKDOWN ? markdown(diff) : text(diff));
    out.flush();
    return diff.asksAgain() ? 1 : 0;
  }

  /** The declarations of a file, or why it has none, naming it. */
  private static List<CookieDefinition> read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
    }
    try {
      return CookiesJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + " is not a cookies.json written by cookie-charter (" + e.getMessage() + ")", e);
    }
  }

  /** One line per cookie, then the verdict. */
  static String text(CookieListDiff diff) {
    StringBuilder out = new StringBuilder();
    if (diff.isEmpty()) {
      return "No change.\n" + verdict(diff) + "\n";
    }
    section(out, "Added", diff.added().size());
    for (CookieDefinition cookie : diff.added()) {
      out.append("  + ").append(describe(cookie)).append(consent(cookie.requiresConsent()));
    }
    section(out, "Removed", diff.removed().size());
    for (CookieDefinition cookie : diff.removed()) {
      out.append("  - ").append(describe(cookie)).append('\n');
    }
    section(out, "Changed", diff.changed().size());
    for (Change change : diff.changed()) {
      out.append("  ~ ")
          .append(describe(change.after()))
          .append(": ")
          .append(String.join(", ", what(change)))
          .append(change.asksAgain() ? ": consent asked again\n" : "\n");
    }
    return out.append(verdict(diff)).append('\n').toString();
  }

  private static void section(StringBuilder out, String title, int count) {
    if (count > 0) {
      out.append(title).append(" (").append(count).append("):\n");
    }
  }

  private static String consent(boolean needed) {
    return needed ? ": needs consent, asked again\n" : ": needs no consent\n";
  }

  /** {@code _pk_id.* (statistics, Matomo)}; names and texts as they are, on one line. */
  private static String describe(CookieDefinition cookie) {
    return oneLine(cookie.name())
        + " ("
        + cookie.category().key()
        + ", "
        + oneLine(cookie.provider())
        + ")";
  }

  /** What changed, in words: {@code duration P1Y -> P13M}, {@code purpose wording}. */
  private static List<String> what(Change change) {
    List<String> what = new ArrayList<>();
    for (Attribute attribute : change.attributes()) {
      CookieDefinition was = change.before();
      CookieDefinition now = change.after();
      what.add(
          switch (attribute) {
            case CATEGORY -> "category " + was.category().key() + " -> " + now.category().key();
            case PROVIDER ->
                "provider " + oneLine(was.provider()) + " -> " + oneLine(now.provider());
            case DURATION -> "duration " + duration(was) + " -> " + duration(now);
            case EXEMPTION -> now.exempt() ? "now exempt from consent" : "no longer exempt";
            case STORAGE -> "storage " + was.storage().key() + " -> " + now.storage().key();
            case SERVICE -> "service wording";
            case PURPOSE -> "purpose wording";
          });
    }
    return what;
  }

  private static String duration(CookieDefinition cookie) {
    return cookie.lifetime().map(Object::toString).orElse("none");
  }

  private static String verdict(CookieListDiff diff) {
    return diff.asksAgain()
        ? "Visitors must be asked for consent again."
        : "Visitors keep their choice.";
  }

  /** A text on one line: its line breaks and other control characters as spaces. */
  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                line.appendCodePoint(
                    Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
    return line.toString();
  }

  /** A table for a pull request, then the verdict in bold. */
  static String markdown(CookieListDiff diff) {
    StringBuilder out = new StringBuilder("### Cookie list changes\n\n");
    if (diff.isEmpty()) {
      return out.append("No change.\n\n**").append(verdict(diff)).append("**\n").toString();
    }
    out.append("| | cookie | category | provider | what changed | consent asked again |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (CookieDefinition cookie : diff.added()) {
      row(out, "added", cookie, "", cookie.requiresConsent());
    }
    for (CookieDefinition cookie : diff.removed()) {
      row(out, "removed", cookie, "", false);
    }
    for (Change change : diff.changed()) {
      row(out, "changed", change.after(), String.join("; ", what(change)), change.asksAgain());
    }
    return out.append("\n**").append(verdict(diff)).append("**\n").toString();
  }

  private static void row(
      StringBuilder out, String kind, CookieDefinition cookie, String what, boolean asksAgain) {
    out.append("| ")
        .append(kind)
        .append(" | ")
        .append(cell(cookie.name()))
        .append(" | ")
        .append(cookie.category().key())
        .append(" | ")
        .append(cell(cookie.provider()))
        .append(" | ")
        .append(cell(what))
        .append(" | ")
        .append(asksAgain ? "yes" : "no")
        .append(" |\n");
  }

  /**
   * A table cell of Markdown (GitHub's tables): the text on one line, every ASCII punctuation
   * character backslash-escaped, as CommonMark allows, so that no text makes markup or ends a cell.
   */
  static String cell(String text) {
    StringBuilder cell = new StringBuilder();
    for (char c : oneLine(text).toCharArray()) {
      if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ') {
        cell.append('\\');
      }
      cell.append(c);
    }
    return cell.toString();
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
