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
 * One valid {@code @DeclaredCookie}, read from its constant.
 *
 * @param name the constant's value: the cookie's name
 * @param provider "Nom du prestataire"
 * @param service "Service et emplacement"
 * @param purpose "Finalités"
 * @param category the charter section that lists it
 * @param lifetime "Durée"; empty if not declared
 * @param exempt whether this statistics cookie claims the exemption from consent
 * @param translations its service and purpose in other languages, by language code
 * @param storage a cookie, or a key of the browser's storage
 * @param declaringType the qualified name of the class that declares the constant
 * @param field the constant's simple name
 * @param position the constant's index among its class's members, which is source order
 */
public record CookieDeclaration(
    String name,
    String provider,
    String service,
    String purpose,
    CookieCategory category,
    Optional<CookieLifetime> lifetime,
    boolean exempt,
    Map<String, CookieTranslation> translations,
    CookieStorage storage,
    String declaringType,
    String field,
    int position) {

  /**
   * The charter's order: by category, then declaring class by qualified name, then source order.
   */
  public static final Comparator<CookieDeclaration> CHARTER_ORDER =
      Comparator.comparing(CookieDeclaration::category)
          .thenComparing(CookieDeclaration::declaringType)
          .thenComparingInt(CookieDeclaration::position);

  /** The cookie as the registry returns it. */
  public CookieDefinition definition() {
    return new CookieDefinition(
        name, provider, service, purpose, category, lifetime, exempt, translations, storage);
  }

  /** Its service in {@code language}: see {@link CookieDefinition#service(String)}. */
  public String service(String language) {
    return definition().service(language);
  }

  /** Its purpose in {@code language}: see {@link CookieDefinition#purpose(String)}. */
  public String purpose(String language) {
    return definition().purpose(language);
  }

  /** Whether this declares a cookie, not a key of the browser's storage. */
  public boolean isCookie() {
    return storage == CookieStorage.COOKIE;
  }

  /** Whether the cookie may be set only after the visitor consented. */
  public boolean requiresConsent() {
    return category.requiresConsent() && !exempt;
  }

  /** Where it is declared, as messages name it: {@code com.example.Cookies.SESSION_ID}. */
  public String location() {
    return declaringType + "." + field;
  }
}
