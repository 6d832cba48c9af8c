package org.cookiecharter.processor.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Message.Fragment;

/**
 * Checks the platform's URL. The charter prints it raw in places where escaping does not apply (a
 * Markdown autolink), so only a strict absolute http(s) URI, without blanks or angle brackets, is
 * accepted.
 */
final class PlatformUrl {
  private PlatformUrl() {}

  /** Why {@code url} is not acceptable, to complete {@link Message#INVALID_PLATFORM}. */
  static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of(Fragment.URL_SYNTAX.format(e.getReason(), e.getIndex()));
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of(Fragment.NO_SCHEME.format());
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return Optional.of(Fragment.NOT_HTTP.format(scheme));
    }
    if (uri.getHost() == null) {
      return Optional.of(Fragment.NO_HOST.format());
    }
    return Optional.empty();
  }
}
