package org.cookiecharter.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Supplier;
import org.cookiecharter.CookieDefinition;

/**
 * Where the visitor's consent is kept: a consent banner's cookie, an account's settings. The guard
 * asks it once per response that sets a cookie needing consent.
 */
@FunctionalInterface
public interface ConsentReader {
  /** No consent, ever: only the cookies that need none are set. */
  ConsentReader NONE = request -> Set.of();

  /**
   * The consent categories that the visitor of this request accepted, by {@link
   * CookieDefinition#consentCategory()} ({@code statistics}, {@code third_party}...); empty when
   * the visitor has not chosen, or the choice cannot be read. It must not throw for a value that a
   * visitor forged.
   */
  Set<String> acceptedCategories(HttpServletRequest request);

  /** Whether {@code cookie} may be set for the visitor of {@code request}. */
  default boolean allows(HttpServletRequest request, CookieDefinition cookie) {
    return allows(cookie, () -> acceptedCategories(request));
  }

  /**
   * Whether {@code cookie} may be set for a visitor who accepted these categories; they are asked
   * for only when the cookie needs consent.
   */
  static boolean allows(CookieDefinition cookie, Supplier<Set<String>> accepted) {
    return !cookie.requiresConsent() || accepted.get().contains(cookie.consentCategory());
  }
}
