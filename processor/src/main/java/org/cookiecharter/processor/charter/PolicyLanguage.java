package org.cookiecharter.processor.charter;

import java.util.Locale;
import java.util.Optional;
import org.cookiecharter.CharterResources;

/**
 * A language the policy is written in: its code, as {@code -Acookiecharter.languages} and {@code
 * CookieText(language)} name it, its prose file and its three files (text, Markdown, HTML).
 */
public enum PolicyLanguage {
  /** The Opendatasoft "Charte cookies", word for word. */
  FRENCH(
      "fr",
      "charte-cookies",
      CharterResources.TEXT,
      CharterResources.MARKDOWN,
      CharterResources.HTML),
  /** A cookie policy for a UK or EU reader, in the same structure. */
  ENGLISH(
      "en",
      "cookie-policy",
      CharterResources.ENGLISH_TEXT,
      CharterResources.ENGLISH_MARKDOWN,
      CharterResources.ENGLISH_HTML);

  private final String code;
  private final String baseName;
  private final String text;
  private final String markdown;
  private final String html;

  PolicyLanguage(String code, String baseName, String text, String markdown, String html) {
    this.code = code;
    this.baseName = baseName;
    this.text = text;
    this.markdown = markdown;
    this.html = html;
  }

  /** The language of {@code code}, in any case; empty if the policy is not written in it. */
  public static Optional<PolicyLanguage> of(String code) {
    for (PolicyLanguage language : values()) {
      if (language.code.equals(code.toLowerCase(Locale.ROOT))) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The codes of every language, for messages: {@code fr, en}. */
  public static String codes() {
    StringBuilder codes = new StringBuilder();
    for (PolicyLanguage language : values()) {
      codes.append(codes.length() == 0 ? "" : ", ").append(language.code);
    }
    return codes.toString();
  }

  /** {@code fr}, {@code en}. */
  public String code() {
    return code;
  }

  /** The prose file beside {@link CharterProse}: {@code charte-cookies.fr.properties}. */
  String proseFile() {
    return baseName + "." + code + ".properties";
  }

  /** The class-path name of the policy as plain text. */
  public String textFile() {
    return text;
  }

  /** The class-path name of the policy as Markdown. */
  public String markdownFile() {
    return markdown;
  }

  /** The class-path name of the policy as an HTML fragment. */
  public String htmlFile() {
    return html;
  }
}
