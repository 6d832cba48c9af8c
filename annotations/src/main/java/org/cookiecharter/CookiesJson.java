package org.cookiecharter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code cookies.json} ({@link CharterResources#JSON}), the declarations as the build writes them
 * beside the charter: the one place that writes the document (the processor) and reads it (the
 * guard, the browser scan, the command line). The registry's binary file has its own in {@link
 * CookieIndex}.
 *
 * <p>The document holds the platform, then what consent is about ({@code consent}: the {@link
 * CookieCharter#purposeEdition()}, CookieConsent's {@code revision} and the {@code fingerprints} by
 * consent category, {@link ConsentFingerprints}), then every cookie with all its fields, the class
 * that declares it and whether it needs consent, in charter order. {@code duration} (the declared
 * text), {@code "exempt": true}, {@code storage} ({@code localStorage} or {@code sessionStorage},
 * for a key of the browser's storage) and {@code translations} (by language, each with its service
 * and purpose) appear only on the cookies that declare them, so that a charter without them is
 * written as before they existed. Strings keep their exact value ({@link Json#string}).
 */
public final class CookiesJson {
  private CookiesJson() {}

  /**
   * A cookie as the document lists it.
   *
   * @param definition the declaration
   * @param declaredIn the qualified name of the class that declares it
   */
  public record Entry(CookieDefinition definition, String declaredIn) {
    public Entry {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(declaredIn, "declaredIn");
    }
  }

  /**
   * A document as read.
   *
   * @param platform the platform's URL
   * @param purposeEdition {@link CookieCharter#purposeEdition()}; 0 in a document written before it
   *     existed
   * @param since the release since which the consent fingerprints are what they are, when the build
   *     knew it ({@code -Acookiecharter.release} with a baseline)
   * @param cookies the declarations, in the document's order
   */
  public record Document(
      String platform, int purposeEdition, Optional<String> since, List<CookieDefinition> cookies) {
    public Document {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(since, "since");
      cookies = List.copyOf(cookies);
    }

    /** A document that does not know since when its fingerprints are what they are. */
    public Document(String platform, int purposeEdition, List<CookieDefinition> cookies) {
      this(platform, purposeEdition, Optional.empty(), cookies);
    }

    /** What consent is about in this document, computed from its cookies and edition. */
    public ConsentFingerprints fingerprints() {
      return ConsentFingerprints.of(cookies, purposeEdition);
    }
  }

  /** Why a document is not a {@code cookies.json}: the reader's words. */
  private enum Problem {
    NO_COOKIES_LIST("no \"cookies\" list"),
    /** Args: what it holds. */
    BAD_PURPOSE_EDITION("a \"consent\" whose \"purposeEdition\" is not a whole number from 0: %s"),
    /** Args: the cookie's index. */
    COOKIE_NOT_AN_OBJECT("cookie %d is not an object"),
    /** Args: the cookie's index, the field. */
    COOKIE_WITHOUT_TEXT("cookie %d has no text \"%s\""),
    /** Args: the cookie's index, the field, what it holds. */
    COOKIE_WITH_BAD_VALUE("cookie %d has a \"%s\" that cookie-charter does not write: %s");

    private final String template;

    Problem(String template) {
      this.template = template;
    }

    IllegalArgumentException exception(Object... args) {
      return new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /** The document of a platform's cookies, in the order given. */
  public static String write(String platform, ConsentFingerprints consent, List<Entry> cookies) {
    return write(platform, consent, Optional.empty(), cookies);
  }

  /**
   * The document of a platform's cookies, in the order given, with the release since which its
   * consent fingerprints are what they are.
   */
  public static String write(
      String platform, ConsentFingerprints consent, Optional<String> since, List<Entry> cookies) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"platform\": ");
    Json.string(out, platform);
    out.append(",\n");
    out.append("  \"consent\": {\n");
    out.append("    \"purposeEdition\": ").append(consent.purposeEdition()).append(",\n");
    out.append("    \"revision\": ").append(consent.revision()).append(",\n");
    if (since.isPresent()) {
      out.append("    \"since\": ");
      Json.string(out, since.get());
      out.append(",\n");
    }
    out.append("    \"fingerprints\": {");
    int left = consent.byCategory().size();
    for (Map.Entry<String, String> category : consent.byCategory().entrySet()) {
      Json.string(out, category.getKey());
      out.append(": ");
      Json.string(out, category.getValue());
      out.append(--left > 0 ? ", " : "");
    }
    out.append("}\n");
    out.append("  },\n");
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

  private static void cookie(StringBuilder out, Entry entry) {
    CookieDefinition cookie = entry.definition();
    out.append("    {\n");
    field(out, "name", cookie.name());
    field(out, "provider", cookie.provider());
    field(out, "service", cookie.service());
    field(out, "purpose", cookie.purpose());
    field(out, "category", cookie.category().name());
    field(out, "declaredIn", entry.declaredIn());
    if (cookie.lifetime().isPresent()) {
      field(out, "duration", cookie.lifetime().get().toString());
    }
    if (cookie.exempt()) {
      out.append("      \"exempt\": true,\n");
    }
    if (cookie.storage() != CookieStorage.COOKIE) {
      field(out, "storage", cookie.storage().key());
    }
    if (!cookie.translations().isEmpty()) {
      out.append("      \"translations\": {\n");
      int left = cookie.translations().size();
      for (Map.Entry<String, CookieTranslation> translation : cookie.translations().entrySet()) {
        out.append("        ");
        Json.string(out, translation.getKey());
        out.append(": {\"service\": ");
        Json.string(out, translation.getValue().service());
        out.append(", \"purpose\": ");
        Json.string(out, translation.getValue().purpose());
        out.append(--left > 0 ? "},\n" : "}\n");
      }
      out.append("      },\n");
    }
    out.append("      \"requiresConsent\": ").append(cookie.requiresConsent()).append('\n');
    out.append("    }");
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("      \"").append(name).append("\": ");
    Json.string(out, value);
    out.append(",\n");
  }

  /**
   * The declarations of a {@code cookies.json} document, in its order.
   *
   * @throws IllegalArgumentException if {@code json} is not one, with a message that says why
   */
  public static List<CookieDefinition> read(String json) {
    return readDocument(json).cookies();
  }

  /**
   * A {@code cookies.json} document.
   *
   * @throws IllegalArgumentException if {@code json} is not one, with a message that says why
   */
  public static Document readDocument(String json) {
    if (!(Json.parse(json) instanceof Map<?, ?> document)
        || !(document.get("cookies") instanceof List<?> cookies)) {
      throw Problem.NO_COOKIES_LIST.exception();
    }
    List<CookieDefinition> definitions = new ArrayList<>();
    for (Object cookie : cookies) {
      definitions.add(definition(cookie, definitions.size()));
    }
    String platform = document.get("platform") instanceof String text ? text : "";
    Object consent = document.get("consent");
    Optional<String> since =
        consent instanceof Map<?, ?> fields && fields.get("since") instanceof String text
            ? Optional.of(text)
            : Optional.empty();
    return new Document(platform, purposeEdition(consent), since, definitions);
  }

  /** The edition of a document's {@code consent}; 0 in a document written before it existed. */
  private static int purposeEdition(@Nullable Object consent) {
    if (consent == null) {
      return 0;
    }
    Object edition = consent instanceof Map<?, ?> fields ? fields.get("purposeEdition") : consent;
    if (edition instanceof BigDecimal number) {
      try {
        int whole = number.intValueExact();
        if (whole >= 0) {
          return whole;
        }
      } catch (ArithmeticException e) {
        // not a whole int: reported below
      }
    }
    throw Problem.BAD_PURPOSE_EDITION.exception(String.valueOf(edition));
  }

  private static CookieDefinition definition(Object cookie, int index) {
    if (!(cookie instanceof Map<?, ?> fields)) {
      throw Problem.COOKIE_NOT_AN_OBJECT.exception(index);
    }
    String name = text(fields, "name", index);
    String provider = text(fields, "provider", index);
    String service = text(fields, "service", index);
    String purpose = text(fields, "purpose", index);
    CookieCategory category = category(fields, index);
    Optional<CookieLifetime> lifetime = lifetime(fields, index);
    CookieStorage storage = storage(fields, index);
    Map<String, CookieTranslation> translations = translations(fields, index);
    try {
      return new CookieDefinition(
          name,
          provider,
          service,
          purpose,
          category,
          lifetime,
          Boolean.TRUE.equals(fields.get("exempt")),
          translations,
          storage);
    } catch (IllegalArgumentException e) { // an exemption the category or lifetime refuses
      throw Problem.COOKIE_WITH_BAD_VALUE.exception(
          index, "exempt", String.valueOf(e.getMessage()));
    }
  }

  private static CookieCategory category(Map<?, ?> fields, int index) {
    String category = text(fields, "category", index);
    try {
      return CookieCategory.valueOf(category);
    } catch (IllegalArgumentException e) {
      throw Problem.COOKIE_WITH_BAD_VALUE.exception(index, "category", category);
    }
  }

  private static Optional<CookieLifetime> lifetime(Map<?, ?> fields, int index) {
    Optional<String> duration = optionalText(fields, "duration", index);
    if (duration.isPresent() && CookieLifetime.problem(duration.get()).isPresent()) {
      throw Problem.COOKIE_WITH_BAD_VALUE.exception(index, "duration", duration.get());
    }
    return duration.map(CookieLifetime::parse);
  }

  private static CookieStorage storage(Map<?, ?> fields, int index) {
    Optional<String> storage = optionalText(fields, "storage", index);
    try {
      return CookieStorage.ofKey(storage.orElse(null));
    } catch (IllegalArgumentException e) {
      throw Problem.COOKIE_WITH_BAD_VALUE.exception(index, "storage", storage.orElse(""));
    }
  }

  private static Map<String, CookieTranslation> translations(Map<?, ?> fields, int index) {
    Map<String, CookieTranslation> translations = new LinkedHashMap<>();
    Object all = fields.get("translations");
    if (all == null) {
      return translations;
    }
    if (!(all instanceof Map<?, ?> byLanguage)) {
      throw Problem.COOKIE_WITHOUT_TEXT.exception(index, "translations");
    }
    for (Map.Entry<?, ?> translation : byLanguage.entrySet()) {
      if (!(translation.getValue() instanceof Map<?, ?> texts)) {
        throw Problem.COOKIE_WITHOUT_TEXT.exception(index, "translations");
      }
      translations.put(
          (String) translation.getKey(),
          new CookieTranslation(text(texts, "service", index), text(texts, "purpose", index)));
    }
    return translations;
  }

  private static String text(Map<?, ?> fields, String field, int index) {
    if (!(fields.get(field) instanceof String value)) {
      throw Problem.COOKIE_WITHOUT_TEXT.exception(index, field);
    }
    return value;
  }

  private static Optional<String> optionalText(Map<?, ?> fields, String field, int index) {
    return fields.get(field) == null ? Optional.empty() : Optional.of(text(fields, field, index));
  }
}
