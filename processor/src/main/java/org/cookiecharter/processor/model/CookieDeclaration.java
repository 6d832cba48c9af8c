package org.cookiecharter.processor.model;

import java.util.Comparator;
import org.cookiecharter.CookieCategory;

/**
 * One valid {@code @DeclaredCookie}, read from its constant.
 *
 * @param name the constant's value: the cookie's name
 * @param provider "Nom du prestataire"
 * @param service "Service et emplacement"
 * @param purpose "Finalités"
 * @param category the charter section that lists it
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

  /** Where it is declared, as messages name it: {@code com.example.Cookies.SESSION_ID}. */
  public String location() {
    return declaringType + "." + field;
  }
}
