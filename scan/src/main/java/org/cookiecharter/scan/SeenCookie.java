package org.cookiecharter.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * A cookie that the site set in one consent state.
 *
 * @param name its name
 * @param domain the domain it was set for: its {@code Domain} attribute, else the host that set it
 * @param path its path
 * @param expires seconds from the moment it was set to its expiry, as the site asked; empty for a
 *     session cookie
 * @param party first or third party, by registrable domain
 * @param via how it was set
 * @param setBy the response's URL ({@link Via#HEADER}), the script's URL and line ({@code
 *     https://host/app.js:12}, {@link Via#SCRIPT}); empty when only the browser's cookie jar showed
 *     it ({@link Via#BROWSER})
 * @param page the page being visited when it was set
 */
public record SeenCookie(
    String name,
    String domain,
    String path,
    Optional<Long> expires,
    Party party,
    Via via,
    Optional<String> setBy,
    String page) {
  public SeenCookie {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(setBy, "setBy");
  }

  /** How a cookie was set. */
  public enum Via {
    /** A {@code Set-Cookie} header of a response: a page, a subresource, a redirect, a frame. */
    HEADER,
    /** A script's {@code document.cookie} or {@code cookieStore.set}. */
    SCRIPT,
    /** Only seen in the browser's cookie jar at the end of the state. */
    BROWSER;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
