package org.cookiecharter.guard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for the two documents the guard reads: the generated {@code
 * cookies.json}, and a consent banner's cookie, which the visitor's browser sends and anyone can
 * forge. Objects are {@code Map<String, Object>} in document order, arrays {@code List<Object>},
 * numbers {@link BigDecimal}, then {@code String}, {@code Boolean} and {@code null}. Nesting is
 * bounded, so that a forged value cannot exhaust the stack.
 */
final class Json {
  /** Deeper than either document ever is. */
  private static final int MAX_DEPTH = 32;

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /**
   * @throws IllegalArgumentException if {@code text} is not one JSON value, or nests too deep
   */
  static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value(0);
    json.skipSpace();
    if (json.at != text.length()) {
      throw json.error(GuardMessage.JSON_TEXT_AFTER_VALUE.format());
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error(GuardMessage.JSON_TOO_DEEP.format(MAX_DEPTH));
    }
    skipSpace();
    if (at == text.length()) {
      throw error(GuardMessage.JSON_VALUE_MISSING.format());
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error(GuardMessage.JSON_UNEXPECTED_CHARACTER.format());
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    at++; // {
    skipSpace();
    if (take('}')) {
      return members;
    }
    do {
      skipSpace();
      if (at == text.length() || text.charAt(at) != '"') {
        throw error(GuardMessage.JSON_MEMBER_NAME_MISSING.format());
      }
      String name = string();
      skipSpace();
      expect(':');
      members.put(name, value(depth + 1));
      skipSpace();
    } while (take(','));
    expect('}');
    return members;
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    at++; // [
    skipSpace();
    if (take(']')) {
      return items;
    }
    do {
      items.add(value(depth + 1));
      skipSpace();
    } while (take(','));
    expect(']');
    return items;
  }

  private String string() {
    at++; // "
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at == text.length()) {
        throw error(GuardMessage.JSON_UNTERMINATED_STRING.format());
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error(GuardMessage.JSON_CONTROL_CHARACTER.format());
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at == text.length()) {
        throw error(GuardMessage.JSON_UNTERMINATED_ESCAPE.format());
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(hexChar());
        default -> throw error(GuardMessage.JSON_UNKNOWN_ESCAPE.format());
      }
    }
  }

  private char hexChar() {
    if (at + 4 > text.length()) {
      throw error(GuardMessage.JSON_SHORT_UNICODE_ESCAPE.format());
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(at++), 16);
      if (digit < 0) {
        throw error(GuardMessage.JSON_BAD_UNICODE_ESCAPE.format());
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private BigDecimal number() {
    int start = at;
    take('-');
    if (!take('0')) {
      digits();
    }
    if (take('.')) {
      digits();
    }
    if (take('e') || take('E')) {
      if (!take('+')) {
        take('-');
      }
      digits();
    }
    return new BigDecimal(text.substring(start, at));
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw error(GuardMessage.JSON_DIGIT_MISSING.format());
    }
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error(GuardMessage.JSON_UNEXPECTED_WORD.format());
    }
    at += word.length();
    return value;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw error(GuardMessage.JSON_EXPECTED.format(c));
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(GuardMessage.NOT_JSON.format(what, at));
  }
}
