package org.cookiecharter.processor.calls;

import com.sun.source.tree.CompilationUnitTree;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

/**
 * Which compilation units may hold a call that the check matches: those whose source text has, as
 * an identifier, one of the simple names such a call shows. A unit without any of them is not
 * walked. On real code most units name no cookie API, and walking a unit's attributed trees costs
 * more than reading its text: the walk runs every visitor method of the tree API, which the JIT
 * then compiles, while this is one loop over characters.
 *
 * <p>The lexer skips comments and string, text block and character literals, so that a word in a
 * comment does not count. It is never wrong the other way: a unit whose text cannot be read, or
 * that has a Unicode escape (which may spell an identifier), is walked.
 */
final class IdentifierFilter {
  /** The names, sorted by hash code: a lookup allocates nothing. */
  private final String[] names;

  private final int[] hashes;

  IdentifierFilter(Collection<String> identifiers) {
    names =
        identifiers.stream()
            .distinct()
            .sorted(
                Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder()))
            .toArray(String[]::new);
    hashes = Arrays.stream(names).mapToInt(String::hashCode).toArray();
  }

  /** Whether {@code unit} may hold a matching call: its text names one, or cannot be read. */
  boolean mayMatch(CompilationUnitTree unit) {
    CharSequence text;
    try {
      text = unit.getSourceFile() == null ? null : unit.getSourceFile().getCharContent(false);
    } catch (IOException | RuntimeException e) {
      return true;
    }
    return text == null || namesOne(text);
  }

  /** Whether {@code source}, as Java source text, has one of the names as an identifier. */
  boolean namesOne(CharSequence source) {
    if (hasUnicodeEscape(source)) {
      return true; // javac reads escapes first: one may spell a name, end a comment or a literal
    }
    int length = source.length();
    int i = 0;
    while (i < length) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < length && source.charAt(i + 1) == '/') {
        i = endOfLine(source, i + 2);
      } else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '*') {
        i = endOfComment(source, i + 2);
      } else if (c == '"') {
        if (startsWith(source, i, "\"\"\"")) {
          i = endOfTextBlock(source, i + 3);
        } else {
          i = endOfLiteral(source, i + 1, '"');
        }
      } else if (c == '\'') {
        i = endOfLiteral(source, i + 1, '\'');
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        int hash = 0;
        while (i < length && Character.isJavaIdentifierPart(source.charAt(i))) {
          hash = 31 * hash + source.charAt(i);
          i++;
        }
        if (isName(source, start, i, hash)) {
          return true;
        }
      } else if (Character.isDigit(c)) {
        while (i < length && Character.isJavaIdentifierPart(source.charAt(i))) {
          i++; // a number: 0xCAFE, 10L
        }
      } else {
        i++;
      }
    }
    return false;
  }

  private static boolean hasUnicodeEscape(CharSequence source) {
    for (int i = 0; i + 1 < source.length(); i++) {
      if (source.charAt(i) == '\\' && source.charAt(i + 1) == 'u') {
        return true;
      }
    }
    return false;
  }

  private boolean isName(CharSequence source, int start, int end, int hash) {
    int at = Arrays.binarySearch(hashes, hash);
    if (at < 0) {
      return false;
    }
    while (at > 0 && hashes[at - 1] == hash) {
      at--;
    }
    for (; at < hashes.length && hashes[at] == hash; at++) {
      if (names[at].length() == end - start && regionEquals(source, start, names[at])) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(CharSequence source, int start, String name) {
    for (int k = 0; k < name.length(); k++) {
      if (source.charAt(start + k) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(CharSequence source, int at, String prefix) {
    return at + prefix.length() <= source.length() && regionEquals(source, at, prefix);
  }

  private static int endOfLine(CharSequence source, int i) {
    while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int endOfComment(CharSequence source, int i) {
    while (i + 1 < source.length() && !(source.charAt(i) == '*' && source.charAt(i + 1) == '/')) {
      i++;
    }
    return i + 2;
  }

  /** After a string or character literal that started before {@code i}. */
  private static int endOfLiteral(CharSequence source, int i, char quote) {
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n' || c == '\r') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private static int endOfTextBlock(CharSequence source, int i) {
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (startsWith(source, i, "\"\"\"")) {
        return i + 3;
      } else {
        i++;
      }
    }
    return i;
  }
}
