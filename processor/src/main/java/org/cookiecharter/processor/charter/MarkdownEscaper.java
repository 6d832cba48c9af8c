package org.cookiecharter.processor.charter;

/**
 * Markdown (CommonMark with GitHub tables): a value shows as the text it is, never as markup. Every
 * character that could start markup inline or end a table cell gets a backslash; a line break
 * becomes {@code <br>}, the only line break a table cell can hold; a tab becomes a space.
 *
 * <p>An underscore between two letters or digits ({@code django_language}) cannot start emphasis,
 * so it stays as it is and names read as they are written.
 */
final class MarkdownEscaper extends FormatEscaper {
  private static final String ALWAYS_ESCAPED = "\\`*[]<>&#|~";

  @Override
  void lineBreak(StringBuilder out) {
    out.append("<br>");
  }

  @Override
  void tab(StringBuilder out) {
    out.append(' ');
  }

  @Override
  void character(StringBuilder out, String raw, int i) {
    char c = raw.charAt(i);
    if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (c == '_' && !isIntraword(raw, i))) {
      out.append('\\');
    }
    out.append(c);
  }

  private static boolean isIntraword(String raw, int i) {
    return i > 0
        && i + 1 < raw.length()
        && Character.isLetterOrDigit(raw.charAt(i - 1))
        && Character.isLetterOrDigit(raw.charAt(i + 1));
  }
}
