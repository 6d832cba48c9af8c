package org.cookiecharter;

import java.util.Objects;

/**
 * A cookie's texts in one language, as {@link CookieText} declares them.
 *
 * @param service the policy's "Service" column in that language
 * @param purpose the policy's "Purpose" column in that language
 */
public record CookieTranslation(String service, String purpose) {
  public CookieTranslation {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(purpose, "purpose");
  }
}
