package org.cookiecharter;

import java.util.Locale;

/**
 * Text that a request, a response or a site controls, as a log line or a terminal may show it: it
 * cannot forge another line nor send the terminal an escape. The guard's log and the browser scan's
 * messages use it.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * Whether a code point is a noncharacter: U+FDD0 to U+FDEF and the last two code points of each
   * plane, "not for interchange". Every format the build writes escapes them, as parsers such as
   * jsoup take U+FFFF for the end of their input.
   */
  public static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /**
   * {@code text} with every character outside printable ASCII, and {@code "} and {@code \}, as a
   * {@code \\uXXXX} escape, cut at {@code max} characters with a note of its length.
   */
  public static String escaped(String text, int max) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(text.length(), max); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        shown.append(c);
      } else {
        shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    if (text.length() > max) {
      shown.append("... (cut, ").append(text.length()).append(" characters)");
    }
    return shown.toString();
  }
}
