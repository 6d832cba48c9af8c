package org.cookiecharter.processor.model;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookieStorage;
import org.cookiecharter.CookieTranslation;

/**
 * One valid {@code @DeclaredCookie}, read from its constant: the cookie as the registry returns it
 * (the one model of a declaration's attributes, {@link CookieDefinition}), and where it is
 * declared.
 *
 * @param definition the cookie: its name, texts, category, lifetime, exemption, translations and
 *     storage
 * @param declaringType the qualified name of the class that declares the constant
 * @param field the constant's simple name
 * @param position the constant's index among its class's members, which is source order
 */
public record CookieDeclaration(
    CookieDefinition definition, String declaringType, String field, int position) {

  /**
   * The charter's order: by category, then declaring class by qualified name, then source order.
   */
  public static final Comparator<CookieDeclaration> CHARTER_ORDER =
      Comparator.comparing(CookieDeclaration::category)
          .thenComparing(CookieDeclaration::declaringType)
          .thenComparingInt(CookieDeclaration::position);

  /** The constant's value: the cookie's name. */
  public String name() {
    return definition.name();
  }

  /** "Nom du prestataire". */
  public String provider() {
    return definition.provider();
  }

  /** "Service et emplacement". */
  public String service() {
    return definition.service();
  }

  /** "Finalités". */
  public String purpose() {
    return definition.purpose();
  }

  /** The charter section that lists it. */
  public CookieCategory category() {
    return definition.category();
  }

  /** "Durée"; empty if not declared. */
  public Optional<CookieLifetime> lifetime() {
    return definition.lifetime();
  }

  /** Whether this statistics cookie claims the exemption from consent. */
  public boolean exempt() {
    return definition.exempt();
  }

  /** Its service and purpose in other languages, by language code. */
  public Map<String, CookieTranslation> translations() {
    return definition.translations();
  }

  /** A cookie, or a key of the browser's storage. */
  public CookieStorage storage() {
    return definition.storage();
  }

  /** Its service in {@code language}: see {@link CookieDefinition#service(String)}. */
  public String service(String language) {
    return definition.service(language);
  }

  /** Its purpose in {@code language}: see {@link CookieDefinition#purpose(String)}. */
  public String purpose(String language) {
    return definition.purpose(language);
  }

  /** Whether this declares a cookie, not a key of the browser's storage. */
  public boolean isCookie() {
    return definition.storage() == CookieStorage.COOKIE;
  }

  /** Whether the cookie may be set only after the visitor consented. */
  public boolean requiresConsent() {
    return definition.requiresConsent();
  }

  /** Where it is declared, as messages name it: {@code com.example.Cookies.SESSION_ID}. */
  public String location() {
    return declaringType + "." + field;
  }
}
