package org.cookiecharter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict JSON reader (RFC 8259) for the documents cookie-charter's modules read: the generated
 * {@code cookies.json} ({@link CookiesJson}), and a consent banner's cookie, which the visitor's
 * browser sends and anyone can forge; and the writer of a JSON string, for the documents the build
 * writes. Objects are {@code Map<String, Object>} in document order, arrays {@code List<Object>},
 * numbers {@link BigDecimal}, then {@code String}, {@code Boolean} and {@code null}. Nesting is
 * bounded, so that a forged value cannot exhaust the stack. Shared by cookie-charter's modules; not
 * meant for applications.
 */
public final class Json {
  /** Deeper than either document ever is. */
  private static final int MAX_DEPTH = 32;

  private final String text;
  private int at;

  /** Why a text is not JSON: the reader's words. */
  private enum Syntax {
    /** Args: what is wrong (one of the others), the character's index. */
    NOT_JSON("not JSON: %s at character %d"),
    TEXT_AFTER_VALUE("text after the value"),
    /** Args: the deepest nesting read. */
    TOO_DEEP("nested deeper than %d"),
    VALUE_MISSING("a value is missing"),
    UNEXPECTED_CHARACTER("unexpected character"),
    MEMBER_NAME_MISSING("a member name is missing"),
    UNTERMINATED_STRING("unterminated string"),
    CONTROL_CHARACTER("control character in a string"),
    UNTERMINATED_ESCAPE("unterminated escape"),
    UNKNOWN_ESCAPE("unknown escape"),
    SHORT_UNICODE_ESCAPE("short \\u escape"),
    BAD_UNICODE_ESCAPE("bad \\u escape"),
    DIGIT_MISSING("a digit is missing"),
    UNEXPECTED_WORD("unexpected word"),
    /** Args: the character expected. */
    EXPECTED("'%s' expected");

    private final String template;

    Syntax(String template) {
      this.template = template;
    }

    String format(Object... args) {
      return String.format(Locale.ROOT, template, args);
    }
  }

  private Json(String text) {
    this.text = text;
  }

  /**
   * @throws IllegalArgumentException if {@code text} is not one JSON value, or nests too deep
   */
  public static @Nullable Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value(0);
    json.skipSpace();
    if (json.at != text.length()) {
      throw json.error(Syntax.TEXT_AFTER_VALUE.format());
    }
    return value;
  }

  private @Nullable Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error(Syntax.TOO_DEEP.format(MAX_DEPTH));
    }
    skipSpace();
    if (at == text.length()) {
      throw error(Syntax.VALUE_MISSING.format());
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
        throw error(Syntax.UNEXPECTED_CHARACTER.format());
    }
  }

  private Map<String, @Nullable Object> object(int depth) {
    Map<String, @Nullable Object> members = new LinkedHashMap<>();
    at++; // {
    skipSpace();
    if (take('}')) {
      return members;
    }
    do {
      skipSpace();
      if (at == text.length() || text.charAt(at) != '"') {
        throw error(Syntax.MEMBER_NAME_MISSING.format());
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

  private List<@Nullable Object> array(int depth) {
    List<@Nullable Object> items = new ArrayList<>();
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
        throw error(Syntax.UNTERMINATED_STRING.format());
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error(Syntax.CONTROL_CHARACTER.format());
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at == text.length()) {
        throw error(Syntax.UNTERMINATED_ESCAPE.format());
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
        default -> throw error(Syntax.UNKNOWN_ESCAPE.format());
      }
    }
  }

  private char hexChar() {
    if (at + 4 > text.length()) {
      throw error(Syntax.SHORT_UNICODE_ESCAPE.format());
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(at++), 16);
      if (digit < 0) {
        throw error(Syntax.BAD_UNICODE_ESCAPE.format());
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
      throw error(Syntax.DIGIT_MISSING.format());
    }
  }

  private @Nullable Object word(String word, @Nullable Object value) {
    if (!text.startsWith(word, at)) {
      throw error(Syntax.UNEXPECTED_WORD.format());
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
      throw error(Syntax.EXPECTED.format(c));
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(Syntax.NOT_JSON.format(what, at));
  }

  /**
   * Writes a JSON string literal of {@code value}, kept exactly: besides what JSON requires, it
   * escapes {@code < > &}, U+2028 and U+2029, control characters, noncharacters and unpaired
   * surrogates (as {@code \\u} escapes), so that the document can also be pasted into an HTML
   * {@code <script>} element or a JavaScript file.
   */
  public static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pairedSurrogate =
              Character.isHighSurrogate(c)
                      && i + 1 < value.length()
                      && Character.isLowSurrogate(value.charAt(i + 1))
                  || Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(value.charAt(i - 1));
          if (Character.isISOControl(c)
              || c == '<'
              || c == '>'
              || c == '&'
              || c == '\u2028'
              || c == '\u2029'
              || (Character.isSurrogate(c) && !pairedSurrogate)
              || PrintableText.isNoncharacter(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
