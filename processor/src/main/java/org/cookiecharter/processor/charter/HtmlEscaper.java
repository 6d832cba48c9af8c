package org.cookiecharter.processor.charter;

/**
 * HTML text and double- or single-quoted attribute values: the five significant characters become
 * references, a line break inside a value becomes {@code <br>}, and a tab stays (HTML shows it as a
 * space).
 */
final class HtmlEscaper extends FormatEscaper {
  @Override
  void lineBreak(StringBuilder out) {
    out.append("<br>");
  }

  @Override
  void tab(StringBuilder out) {
    out.append('\t');
  }

  @Override
  void character(StringBuilder out, String raw, int i) {
    char c = raw.charAt(i);
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
