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
