package org.cookiecharter.example.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.cookiecharter.CookieDefinition;

/**
 * The visitor's consent, as the consent banner (CookieConsent) records it in the portal's {@link
 * PortalCookies#COOKIE_PREFERENCES} cookie: URL-encoded JSON whose {@code categories} lists the
 * accepted categories, by {@link CookieDefinition#consentCategory()}.
 */
final class Consent {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> accepted;

  private Consent(Set<String> accepted) {
    this.accepted = accepted;
  }

  /** The visitor's choice; none (only cookies that need no consent) when absent or unreadable. */
  static Consent of(HttpServletRequest request) {
    return new Consent(
        Requests.cookie(request, PortalCookies.COOKIE_PREFERENCES)
            .map(Consent::categories)
            .orElse(Set.of()));
  }

  /** Whether the portal may set {@code cookie} for this visitor. */
  boolean allows(CookieDefinition cookie) {
    return !cookie.requiresConsent() || accepted.contains(cookie.consentCategory());
  }

  private static Set<String> categories(String value) {
    Set<String> categories = new HashSet<>();
    try {
      JsonNode listed = JSON.readTree(URLDecoder.decode(value, StandardCharsets.UTF_8));
      for (JsonNode category : listed.path("categories")) {
        if (category.isTextual()) {
          categories.add(category.textValue());
        }
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Set.of(); // not the banner's: as if the visitor had not chosen
    }
    return categories;
  }
}
