package org.cookiecharter.processor.charter;

/**
 * Plain text: each cookie is one line of tab-separated cells, so a tab or line break inside a value
 * becomes a space. Nothing else needs escaping.
 */
final class TextEscaper extends FormatEscaper {
  @Override
  void lineBreak(StringBuilder out) {
    out.append(' ');
  }

  @Override
  void tab(StringBuilder out) {
    out.append(' ');
  }

  @Override
  void character(StringBuilder out, String raw, int i) {
    out.append(raw.charAt(i));
  }
}
