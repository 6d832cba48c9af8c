package org.cookiecharter.processor.charter;

import com.samskivert.mustache.Mustache;
import org.cookiecharter.PrintableText;

/**
 * Escapes text for one output format. Handles what all formats share: a line break (LF, CR, CRLF,
 * VT, FF, NEL, U+2028, U+2029) counts once; other control characters, unpaired surrogates and
 * noncharacters, which no format can show, become U+FFFD; each format decides the rest.
 */
abstract class FormatEscaper implements Mustache.Escaper {
  private static final char REPLACEMENT = '\uFFFD';

  @Override
  public final String escape(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
        i++;
        lineBreak(out);
      } else if (isLineBreak(c)) {
        lineBreak(out);
      } else if (c == '\t') {
        tab(out);
      } else if (Character.isISOControl(c) || PrintableText.isNoncharacter(c)) {
        out.append(REPLACEMENT);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, raw.charAt(++i));
        if (PrintableText.isNoncharacter(codePoint)) {
          out.append(REPLACEMENT);
        } else {
          out.appendCodePoint(codePoint);
        }
      } else if (Character.isSurrogate(c)) {
        out.append(REPLACEMENT);
      } else {
        character(out, raw, i);
      }
    }
    return out.toString();
  }

  /** Writes one line break found inside a value. */
  abstract void lineBreak(StringBuilder out);

  /** Writes one tab found inside a value. */
  abstract void tab(StringBuilder out);

  /** Writes {@code raw.charAt(i)}, a printable character of the Basic Multilingual Plane. */
  abstract void character(StringBuilder out, String raw, int i);

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }
}
