package org.cookiecharter.scan;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scan does: built by {@link CookieScan.Builder}, read by the states that run side by
 * side.
 *
 * @param start the start pages
 * @param pages the pages to begin each state with: the start pages, then the sitemap's
 * @param maxPages how many pages each state visits at most
 * @param parallel how many states run at once
 * @param declarations what the site declares
 * @param consentCookies consent cookies given for states, by state name
 * @param browser the browser given, if any
 */
record ScanSettings(
    List<URI> start,
    List<URI> pages,
    int maxPages,
    int parallel,
    Declarations declarations,
    Map<String, ConsentCookie> consentCookies,
    Optional<Path> browser) {
  ScanSettings {
    start = List.copyOf(start);
    pages = List.copyOf(pages);
    consentCookies = Map.copyOf(consentCookies);
  }

  Optional<ConsentCookie> consentCookie(String state) {
    return Optional.ofNullable(consentCookies.get(state));
  }

  /**
   * {@code href} without its fragment when it is an http(s) page of a start page's origin, the
   * crawl's scope.
   */
  Optional<URI> sameSite(String href) {
    int fragment = href.indexOf('#');
    URI uri;
    try {
      uri = new URI(fragment < 0 ? href : href.substring(0, fragment));
    } catch (URISyntaxException notALink) {
      return Optional.empty();
    }
    for (URI origin : start) {
      if (origin.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
          && origin.getRawAuthority().equalsIgnoreCase(String.valueOf(uri.getRawAuthority()))) {
        return Optional.of(
            uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri);
      }
    }
    return Optional.empty();
  }
}
