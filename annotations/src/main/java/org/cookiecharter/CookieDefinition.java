package org.cookiecharter;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One declared cookie, as the generated {@code CookieRegistry} returns it.
 *
 * @param name the cookie's name, as set in the {@code Set-Cookie} header; a name that ends in
 *     {@code *} declares a family of cookies, all the names that start with what comes before it
 *     (for example {@code _ga_*})
 * @param provider who sets it ("Nom du prestataire")
 * @param service which service uses it, and where ("Service et emplacement")
 * @param purpose what it is for ("Finalités")
 * @param category its kind, which decides whether it needs consent
 * @param lifetime how long it lasts ("Durée"); empty if the declaration does not say
 * @param exempt whether this statistics cookie claims the exemption from consent for audience
 *     measurement ({@link DeclaredCookie#exempt()})
 * @param translations its service and purpose in other languages ({@link CookieText}), by language
 *     code; unmodifiable, in the order of the codes
 * @param storage where the name is kept: a cookie, or a key of the browser's storage ({@link
 *     DeclaredCookie#storage()})
 */
public record CookieDefinition(
    String name,
    String provider,
    String service,
    String purpose,
    CookieCategory category,
    Optional<CookieLifetime> lifetime,
    boolean exempt,
    Map<String, CookieTranslation> translations,
    CookieStorage storage) {

  /** The consent category of exempt statistics cookies: see {@link #consentCategory()}. */
  public static final String AUDIENCE_MEASUREMENT = "audience_measurement";

  /**
   * @throws IllegalArgumentException if {@code exempt} is claimed by another category than {@link
   *     CookieCategory#STATISTICS}, or without a lifetime within {@link
   *     CookieLifetime#CONSENT_EXEMPTION_LIMIT}
   */
  public CookieDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(storage, "storage");
    translations = java.util.Collections.unmodifiableMap(new TreeMap<>(translations));
    if (exempt && category != CookieCategory.STATISTICS) {
      throw new IllegalArgumentException(
          "cookie \"" + name + "\": only a STATISTICS cookie may be exempt, not " + category);
    }
    if (exempt && !lifetime.map(CookieLifetime::withinConsentExemptionLimit).orElse(false)) {
      throw new IllegalArgumentException(
          "cookie \"" + name + "\": an exempt cookie lasts at most 13 months, not " + lifetime);
    }
  }

  /** A cookie, not a storage key. */
  public CookieDefinition(
      String name,
      String provider,
      String service,
      String purpose,
      CookieCategory category,
      Optional<CookieLifetime> lifetime,
      boolean exempt,
      Map<String, CookieTranslation> translations) {
    this(
        name,
        provider,
        service,
        purpose,
        category,
        lifetime,
        exempt,
        translations,
        CookieStorage.COOKIE);
  }

  /** A cookie without translations. */
  public CookieDefinition(
      String name,
      String provider,
      String service,
      String purpose,
      CookieCategory category,
      Optional<CookieLifetime> lifetime,
      boolean exempt) {
    this(name, provider, service, purpose, category, lifetime, exempt, Map.of());
  }

  /** A cookie that declares no lifetime, claims no exemption and has no translations. */
  public CookieDefinition(
      String name, String provider, String service, String purpose, CookieCategory category) {
    this(name, provider, service, purpose, category, Optional.empty(), false);
  }

  /** Its service in {@code language}: the translation, else the declaration's own text. */
  public String service(String language) {
    CookieTranslation translation = translations.get(language);
    return translation == null ? service : translation.service();
  }

  /** Its purpose in {@code language}: the translation, else the declaration's own text. */
  public String purpose(String language) {
    CookieTranslation translation = translations.get(language);
    return translation == null ? purpose : translation.purpose();
  }

  /** Whether this declares a family of cookies: see {@link WildcardNames#isWildcard}. */
  public boolean isWildcard() {
    return WildcardNames.isWildcard(name);
  }

  /** Whether a cookie called {@code cookieName} is this one: see {@link WildcardNames#covers}. */
  public boolean matches(String cookieName) {
    return WildcardNames.covers(name, cookieName);
  }

  /**
   * Whether the cookie may be set only after the visitor consented: not for a {@link
   * CookieCategory#NECESSARY} cookie, nor for an {@linkplain #exempt() exempt} statistics cookie.
   */
  public boolean requiresConsent() {
    return category.requiresConsent() && !exempt;
  }

  /**
   * The category under which the consent banners that cookie-charter configures ask about this
   * cookie, and which a banner's consent cookie records when the visitor accepts it: the
   * {@linkplain CookieCategory#key() key} of its category, except {@code audience_measurement} for
   * an exempt statistics cookie, which is asked about in a read-only category of its own.
   */
  public String consentCategory() {
    return category == CookieCategory.STATISTICS && exempt ? AUDIENCE_MEASUREMENT : category.key();
  }
}
