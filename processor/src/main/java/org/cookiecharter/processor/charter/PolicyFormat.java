package org.cookiecharter.processor.charter;

import java.util.function.Supplier;

/**
 * A format the policy is written in, in every language: its files' extension, its template beside
 * this class ({@code charte-cookies.<extension>.mustache}, which a site may replace) and the
 * escaper of its values. A new format is a constant here, its template and its escaper.
 */
enum PolicyFormat {
  /** Plain text, table rows tab-separated. */
  TEXT("txt", TextEscaper::new, false),
  /** Markdown, a pipe table per section; the platform stays raw, for its autolink. */
  MARKDOWN("md", MarkdownEscaper::new, true),
  /** An HTML fragment to embed in a page. */
  HTML("html", HtmlEscaper::new, false);

  private final String extension;
  private final Supplier<FormatEscaper> escaper;
  private final boolean rawPlatform;

  PolicyFormat(String extension, Supplier<FormatEscaper> escaper, boolean rawPlatform) {
    this.extension = extension;
    this.escaper = escaper;
    this.rawPlatform = rawPlatform;
  }

  /** {@code txt}, {@code md}, {@code html}. */
  String extension() {
    return extension;
  }

  /** Its template's name, shared by every language: {@code charte-cookies.txt.mustache}. */
  String template() {
    return "charte-cookies." + extension + ".mustache";
  }

  /** A new escaper of its values. */
  FormatEscaper escaper() {
    return escaper.get();
  }

  /**
   * Whether {@code platform} stays as it is, for Markdown's autolink, where escapes do not apply:
   * the processor accepts only absolute http(s) URLs, which hold no blank, {@code <} or {@code >}.
   */
  boolean rawPlatform() {
    return rawPlatform;
  }
}
