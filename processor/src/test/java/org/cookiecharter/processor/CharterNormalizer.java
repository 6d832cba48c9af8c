package org.cookiecharter.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical form of a charter, plain text or Markdown, so that two charters compare whatever
 * their layout: the same rules as the {@code normalize} script shipped with the published charters.
 * Line ends, heading marks, blanks at line ends, blank lines and table separator rows go; Markdown
 * table rows become tab-separated cells ({@code \|} read as {@code |}); a line that ends with "sur
 * la plateforme" is joined with the URL line after it.
 */
final class CharterNormalizer {
  private CharterNormalizer() {}

  static List<String> normalize(String charter) {
    List<String> out = new ArrayList<>();
    String pending = null;
    for (String raw : charter.replace("\r", "").split("\n", -1)) {
      String line = trim(raw.replaceFirst("^#+[ \t]*", ""));
      if (line.isEmpty() || line.replaceAll("[-|: \t]", "").isEmpty()) {
        continue;
      }
      if (line.startsWith("|") && line.endsWith("|")) {
        String inner = line.replace("\\|", "\u0001");
        String[] cells = inner.substring(1, inner.length() - 1).split("\\|", -1);
        line = joinTrimmed(cells).replace('\u0001', '|');
      } else {
        String[] cells = line.split("\t", -1);
        if (cells.length > 1) {
          line = joinTrimmed(cells);
        }
      }
      if (pending != null) {
        line = pending + " " + line;
        pending = null;
      } else if (line.endsWith("sur la plateforme")) {
        pending = line;
        continue;
      }
      out.add(line);
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  private static String joinTrimmed(String[] cells) {
    List<String> trimmed = new ArrayList<>();
    for (String cell : cells) {
      trimmed.add(trim(cell));
    }
    return String.join("\t", trimmed);
  }

  private static String trim(String s) {
    return s.replaceAll("^[ \t]+|[ \t]+$", "");
  }
}
