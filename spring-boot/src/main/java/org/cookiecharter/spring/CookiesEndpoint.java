package org.cookiecharter.spring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.guard.DeclaredCookies;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code cookies}: the declared cookies, the consent fingerprints, and the
 * names that the guard saw set undeclared or before consent since start-up. Exposed as the
 * application exposes its endpoints ({@code management.endpoints.web.exposure.include}).
 */
@Endpoint(id = "cookies")
public final class CookiesEndpoint {
  private final DeclaredCookies declared;
  private final SeenCookieCounts seen;

  CookiesEndpoint(DeclaredCookies declared, SeenCookieCounts seen) {
    this.declared = declared;
    this.seen = seen;
  }

  /**
   * What the endpoint answers.
   *
   * @param declared every declared cookie, in charter order
   * @param consent the consent fingerprints, when the declarations come from cookies.json
   * @param seen what the guard saw since start-up
   */
  public record Report(List<Cookie> declared, @Nullable Consent consent, Seen seen) {}

  /**
   * A declared cookie.
   *
   * @param duration the declared lifetime (ISO-8601, or {@code session}); null if none
   */
  public record Cookie(
      String name,
      String category,
      String consentCategory,
      boolean requiresConsent,
      @Nullable String duration) {}

  /** CookieConsent's revision and the fingerprint of each category that needs consent. */
  public record Consent(int revision, Map<String, String> fingerprints) {}

  /** The names set undeclared, and before consent, each with how many times. */
  public record Seen(Map<String, Long> undeclared, Map<String, Long> unconsented) {}

  @ReadOperation
  public Report cookies() {
    List<Cookie> cookies =
        declared.all().stream()
            .map(
                (CookieDefinition cookie) ->
                    new Cookie(
                        cookie.name(),
                        cookie.category().key(),
                        cookie.consentCategory(),
                        cookie.requiresConsent(),
                        cookie.lifetime().map(Object::toString).orElse(null)))
            .toList();
    Consent consent = declared.consent().map(CookiesEndpoint::consent).orElse(null);
    return new Report(
        cookies,
        consent,
        new Seen(new TreeMap<>(seen.undeclared()), new TreeMap<>(seen.unconsented())));
  }

  private static Consent consent(ConsentFingerprints fingerprints) {
    return new Consent(fingerprints.revision(), new TreeMap<>(fingerprints.byCategory()));
  }
}
