package org.cookiecharter.processor.codegen;

/**
 * Java source literals that mean the same whatever encoding javac reads the generated source in.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /**
   * A string constant holding exactly {@code value}: one literal, or a concatenation of literals.
   * Only ASCII is written raw: every other character is a {@code \\u} escape, so a build that reads
   * sources in a non-UTF-8 encoding still compiles the same strings. Quote, backslash, CR and LF
   * use character escapes because javac turns {@code \\u} escapes into characters before it reads
   * string literals.
   */
  public static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
            boolean loneHighSurrogate =
                Character.isHighSurrogate(c)
                    && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)));
            if (loneHighSurrogate && i + 1 < value.length()) {
              // javac (17 to 25) misreads an escaped backslash right after the escape of a lone
              // high surrogate ("illegal escape character"): end the literal there.
              out.append("\" + \"");
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
