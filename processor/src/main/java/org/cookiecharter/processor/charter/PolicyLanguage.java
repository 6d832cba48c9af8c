package org.cookiecharter.processor.charter;

import java.util.Locale;
import java.util.Optional;
import org.cookiecharter.CharterResources;

/**
 * A language the policy is written in: its code, as {@code -Acookiecharter.languages} and {@code
 * CookieText(language)} name it, and the base name of its prose file and of its files, one per
 * {@link PolicyFormat} ({@code CharterResources} names them for applications). A new language is a
 * constant here and its prose file.
 */
public enum PolicyLanguage {
  /** The Opendatasoft "Charte cookies", word for word. */
  FRENCH("fr", "charte-cookies"),
  /** A cookie policy for a UK or EU reader, in the same structure. */
  ENGLISH("en", "cookie-policy");

  private final String code;
  private final String baseName;

  PolicyLanguage(String code, String baseName) {
    this.code = code;
    this.baseName = baseName;
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

  /** The class-path name of the policy in {@code format}: {@code CharterResources.HTML}... */
  public String file(PolicyFormat format) {
    return CharterResources.DIRECTORY + baseName + "." + format.extension();
  }
}
