package org.cookiecharter;

import java.util.Objects;

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
 */
public record CookieDefinition(
    String name, String provider, String service, String purpose, CookieCategory category) {

  public CookieDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(category, "category");
  }

  /** Whether this declares a family of cookies: see {@link WildcardNames#isWildcard}. */
  public boolean isWildcard() {
    return WildcardNames.isWildcard(name);
  }

  /** Whether a cookie called {@code cookieName} is this one: see {@link WildcardNames#covers}. */
  public boolean matches(String cookieName) {
    return WildcardNames.covers(name, cookieName);
  }

  /** Whether the cookie may be set only after the visitor consented: see {@link CookieCategory}. */
  public boolean requiresConsent() {
    return category.requiresConsent();
  }
}
