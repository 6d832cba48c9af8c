package org.cookiecharter.processor.charter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javax.lang.model.element.Element;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieListDiff;
import org.cookiecharter.CookieListDiffReport;
import org.cookiecharter.CookiesJson;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;

/**
 * The charter against the baseline {@code cookies.json} of {@link ProcessorOptions#BASELINE}: what
 * changed, as {@code cookie-changes.md}, and {@link Message#COOKIE_LIST_CHANGED} on the site when
 * something did. A baseline that cannot be read, or is not a {@code cookies.json}, is an error that
 * names its path.
 */
public final class BaselineComparison {
  private final Diagnostics diagnostics;

  public BaselineComparison(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The baseline's document; empty when it cannot be used (reported on {@code site}). */
  public Optional<CookiesJson.Document> read(Path baseline, Element site) {
    String json;
    try {
      json = Files.readString(baseline, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      diagnostics.onElement(
          site,
          Message.BASELINE_UNREADABLE,
          baseline,
          ProcessorOptions.BASELINE,
          Message.Fragment.NO_SUCH_FILE.format());
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.onElement(
          site, Message.BASELINE_UNREADABLE, baseline, ProcessorOptions.BASELINE, e.toString());
      return Optional.empty();
    }
    try {
      return Optional.of(CookiesJson.readDocument(json));
    } catch (IllegalArgumentException e) {
      diagnostics.onElement(
          site,
          Message.BASELINE_NOT_COOKIES_JSON,
          baseline,
          ProcessorOptions.BASELINE,
          String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The release since which the consent fingerprints are what they are: the baseline's when they
   * have not changed since it (empty if it did not know), else {@code release}, the one being
   * built, if given. Without a baseline, nobody knows.
   */
  public static Optional<String> consentSince(
      Optional<CookiesJson.Document> baseline, ConsentFingerprints now, Optional<String> release) {
    if (baseline.isEmpty()) {
      return Optional.empty();
    }
    return baseline.get().fingerprints().equals(now) ? baseline.get().since() : release;
  }

  /**
   * The changes since {@code before} (read from {@code baseline}) as Markdown, reported on {@code
   * site} when there are any.
   */
  public String report(CookiesJson.Document before, Charter charter, Path baseline, Element site) {
    CookiesJson.Document now =
        new CookiesJson.Document(
            charter.platform(), charter.consent().purposeEdition(), charter.definitions());
    CookieListDiff diff = CookieListDiff.between(before, now);
    if (!diff.isEmpty()) {
      diagnostics.onElement(
          site,
          Message.COOKIE_LIST_CHANGED,
          baseline,
          ProcessorOptions.BASELINE,
          CookieListDiffReport.text(diff));
    }
    return CookieListDiffReport.markdown(diff);
  }
}
