package org.cookiecharter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieListDiff.Attribute;
import org.cookiecharter.CookieListDiff.Change;

/**
 * A {@link CookieListDiff} in words, for people: as text (a terminal, a build's warning) or as a
 * Markdown table (a pull request, {@code cookie-changes.md}). Both end with the verdict (must
 * visitors be asked again?) and what the banners will do (their consent fingerprints).
 */
public final class CookieListDiffReport {
  private CookieListDiffReport() {}

  /** One line per cookie, then the verdict and the banners' line. */
  public static String text(CookieListDiff diff) {
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
    editions(diff).ifPresent(line -> out.append(line).append('\n'));
    return out.append(verdict(diff)).append('\n').append(banners(diff)).append('\n').toString();
  }

  /** A table for a pull request, then the verdict in bold and the banners' line. */
  public static String markdown(CookieListDiff diff) {
    StringBuilder out = new StringBuilder("### Cookie list changes\n\n");
    if (diff.isEmpty()) {
      return out.append("No change.\n\n**").append(verdict(diff)).append("**\n").toString();
    }
    if (!diff.added().isEmpty() || !diff.removed().isEmpty() || !diff.changed().isEmpty()) {
      out.append("| | cookie | category | provider | what changed | consent asked again |\n");
      out.append("|---|---|---|---|---|---|\n");
    }
    for (CookieDefinition cookie : diff.added()) {
      row(out, "added", cookie, "", cookie.requiresConsent());
    }
    for (CookieDefinition cookie : diff.removed()) {
      row(out, "removed", cookie, "", false);
    }
    for (Change change : diff.changed()) {
      row(out, "changed", change.after(), String.join("; ", what(change)), change.asksAgain());
    }
    editions(diff).ifPresent(line -> out.append('\n').append(line).append('\n'));
    return out.append("\n**")
        .append(verdict(diff))
        .append("**\n\n")
        .append(banners(diff))
        .append('\n')
        .toString();
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

  /** The line of a changed purpose edition, if it changed. */
  private static Optional<String> editions(CookieListDiff diff) {
    List<Integer> editions = diff.purposeEditions();
    if (editions.get(0).equals(editions.get(1))) {
      return Optional.empty();
    }
    return Optional.of(
        "Purpose edition "
            + editions.get(0)
            + " -> "
            + editions.get(1)
            + (diff.purposesRevised()
                ? ": purposes revised, consent asked again"
                : ": no cookie needs consent"));
  }

  private static String verdict(CookieListDiff diff) {
    return diff.asksAgain()
        ? "Visitors must be asked for consent again."
        : "Visitors keep their choice.";
  }

  /** What the banners do: the categories whose fingerprint changed. */
  private static String banners(CookieListDiff diff) {
    List<String> categories = diff.bannersAskAgainAbout();
    if (!categories.isEmpty()) {
      return "The banners ask again about: "
          + String.join(", ", categories)
          + " (consent fingerprint changed).";
    }
    return diff.fingerprintsBefore().revision() != diff.fingerprintsAfter().revision()
        ? "CookieConsent asks again (its revision changed: a category that needed consent is"
            + " gone); Klaro! and tarteaucitron keep every choice."
        : "The banners keep every choice (no consent fingerprint changed).";
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
}
