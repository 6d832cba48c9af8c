package org.cookiecharter.guard;

import java.util.Locale;

/** Text from a request or a response, as a log line may show it: it cannot forge another line. */
final class LogText {
  private LogText() {}

  /**
   * {@code text} with every character outside printable ASCII, and {@code "} and {@code \}, as a
   * {@code \\uXXXX} escape, cut at {@code max} characters with a note of its length.
   */
  static String escaped(String text, int max) {
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
