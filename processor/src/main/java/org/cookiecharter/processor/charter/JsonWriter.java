package org.cookiecharter.processor.charter;

import java.util.List;
import java.util.Map;
import org.cookiecharter.CookieTranslation;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * Writes {@code cookies.json}: the platform, then every cookie with all its fields, the class that
 * declares it and whether it needs consent, in charter order. {@code duration} (the declared text),
 * {@code "exempt": true}, {@code storage} ({@code localStorage} or {@code sessionStorage}, for a
 * key of the browser's storage) and {@code translations} (by language, each with its service and
 * purpose) appear only on the cookies that declare them, so that a charter without them is written
 * as before they existed. Strings keep their exact value; besides what JSON requires, the writer
 * escapes {@code < > &} and U+2028/U+2029 so that the document can also be pasted into an HTML
 * {@code <script>} element.
 */
final class JsonWriter {
  private JsonWriter() {}

  static String write(Charter charter) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"platform\": ");
    string(out, charter.platform());
    out.append(",\n");
    List<CookieDeclaration> cookies = charter.cookies();
    if (cookies.isEmpty()) {
      out.append("  \"cookies\": []\n");
    } else {
      out.append("  \"cookies\": [\n");
      for (int i = 0; i < cookies.size(); i++) {
        cookie(out, cookies.get(i));
        out.append(i + 1 < cookies.size() ? ",\n" : "\n");
      }
      out.append("  ]\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static void cookie(StringBuilder out, CookieDeclaration cookie) {
    out.append("    {\n");
    field(out, "name", cookie.name());
    field(out, "provider", cookie.provider());
    field(out, "service", cookie.service());
    field(out, "purpose", cookie.purpose());
    field(out, "category", cookie.category().name());
    field(out, "declaredIn", cookie.declaringType());
    if (cookie.lifetime().isPresent()) {
      field(out, "duration", cookie.lifetime().get().toString());
    }
    if (cookie.exempt()) {
      out.append("      \"exempt\": true,\n");
    }
    if (!cookie.isCookie()) {
      field(out, "storage", cookie.storage().key());
    }
    if (!cookie.translations().isEmpty()) {
      out.append("      \"translations\": {\n");
      int left = cookie.translations().size();
      for (Map.Entry<String, CookieTranslation> translation : cookie.translations().entrySet()) {
        out.append("        ");
        string(out, translation.getKey());
        out.append(": {\"service\": ");
        string(out, translation.getValue().service());
        out.append(", \"purpose\": ");
        string(out, translation.getValue().purpose());
        out.append(--left > 0 ? "},\n" : "}\n");
      }
      out.append("      },\n");
    }
    out.append("      \"requiresConsent\": ").append(cookie.requiresConsent()).append('\n');
    out.append("    }");
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("      \"").append(name).append("\": ");
    string(out, value);
    out.append(",\n");
  }

  /** A JSON string literal; unpaired surrogates stay as they are, as {@code \\u} escapes. */
  static void string(StringBuilder out, String value) {
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
              || FormatEscaper.isNoncharacter(c)) {
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
