package org.cookiecharter.processor.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the platform's URL. The charter prints it raw in places where escaping does not apply (a
 * Markdown autolink), so only a strict absolute http(s) URI, without blanks or angle brackets, is
 * accepted.
 */
final class PlatformUrl {
  private PlatformUrl() {}

  /** Why {@code url} is not acceptable, or empty if it is. */
  static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of(e.getReason() + " at index " + e.getIndex());
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of("it has no scheme");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return Optional.of("its scheme is " + scheme + ", not http or https");
    }
    if (uri.getHost() == null) {
      return Optional.of("it has no host (write an internationalised host name in its ASCII form)");
    }
    return Optional.empty();
  }
}
