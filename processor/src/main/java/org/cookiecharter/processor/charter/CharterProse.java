package org.cookiecharter.processor.charter;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.processor.diagnostic.Message.Fragment;

/**
 * The policy's prose in one language, a properties file beside this class ({@code
 * charte-cookies.fr.properties}, {@code cookie-policy.en.properties}): the one home of its words,
 * which the templates read, and, in French, the messages that name a column or a duration.
 */
public final class CharterProse {

  /** The columns of the charter's tables, in their order. */
  public enum Column {
    PROVIDER("columnProvider"),
    SERVICE("columnService"),
    NAME("columnName"),
    DURATION("columnDuration"),
    PURPOSE("columnPurpose");

    private final String key;

    Column(String key) {
      this.key = key;
    }
  }

  /** The texts of the consent banner's dialogs ({@link CookieConsentConfig}). */
  private static final List<String> CONSENT_KEYS =
      List.of(
          "consent.title",
          "consent.description",
          "consent.acceptAll",
          "consent.acceptNecessary",
          "consent.showPreferences",
          "consent.preferencesTitle",
          "consent.savePreferences",
          "consent.close");

  /** The mark of a statistics cookie exempt from consent, after its purpose. */
  static final String EXEMPT_FROM_CONSENT = "exemptFromConsent";

  private final Map<String, String> texts;
  private final String file;

  private CharterProse(Map<String, String> texts, String file) {
    this.texts = texts;
    this.file = file;
  }

  /**
   * Reads the French prose, whose column headings messages quote, from the processor's own
   * resources.
   */
  public static CharterProse load() {
    return builtIn(PolicyLanguage.FRENCH);
  }

  /** Reads the prose of {@code language} from the processor's own resources. */
  static CharterProse builtIn(PolicyLanguage language) {
    try {
      return load(language, SiteTemplates.builtIn());
    } catch (TemplateProblem e) {
      throw new IllegalStateException(e.getMessage(), e); // the processor's own file
    }
  }

  /**
   * Reads the prose of {@code language}: the site's file, or the processor's own.
   *
   * @throws TemplateProblem if the site's file cannot be read or lacks a text
   */
  static CharterProse load(PolicyLanguage language, SiteTemplates templates)
      throws TemplateProblem {
    String file = templates.describe(language.proseFile());
    Properties properties = new Properties();
    try (Reader reader = templates.open(language.proseFile())) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw TemplateProblem.inFile(file, Fragment.CANNOT_BE_READ.format(e.getMessage()));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
    for (CookieCategory category : CookieCategory.values()) {
      require(texts, headingKey(category), file);
    }
    for (Column column : Column.values()) {
      require(texts, column.key, file);
    }
    for (String key : LifetimeWording.keys()) {
      require(texts, key, file);
    }
    require(texts, EXEMPT_FROM_CONSENT, file);
    for (String key : CONSENT_KEYS) {
      require(texts, key, file);
    }
    return new CharterProse(Map.copyOf(texts), file);
  }

  /** A column's heading: "Finalités". */
  public String column(Column column) {
    return text(column.key);
  }

  /** The text of {@code key}: the duration wording ({@link LifetimeWording}). */
  String text(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException(file + " has no " + key);
    }
    return text;
  }

  /** The heading of a category's section. */
  String heading(CookieCategory category) {
    return text(headingKey(category));
  }

  /** Every text by its key, for the templates. */
  Map<String, String> texts() {
    return texts;
  }

  private static String headingKey(CookieCategory category) {
    return "category." + category.name();
  }

  private static void require(Map<String, String> texts, String key, String file)
      throws TemplateProblem {
    if (!texts.containsKey(key)) {
      throw TemplateProblem.inFile(file, Fragment.PROSE_WITHOUT_TEXT.format(key));
    }
  }
}
