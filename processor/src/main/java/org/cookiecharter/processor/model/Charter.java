package org.cookiecharter.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookiesJson;

/**
 * What the build publishes: the platform and its cookies in charter order. Built from declarations
 * in any order; equal inputs give equal charters, so the output does not depend on the order in
 * which javac reads the sources.
 */
public final class Charter {
  private final String platform;
  private final List<CookieDeclaration> cookies;
  private final ConsentFingerprints consent;
  private final Optional<String> consentSince;

  /**
   * @param purposeEdition {@code @CookieCharter(purposeEdition)}, not negative
   */
  public Charter(String platform, int purposeEdition, Collection<CookieDeclaration> declarations) {
    this.platform = platform;
    List<CookieDeclaration> sorted = new ArrayList<>(declarations);
    sorted.sort(CookieDeclaration.CHARTER_ORDER);
    this.cookies = List.copyOf(sorted);
    this.consent = ConsentFingerprints.of(definitions(), purposeEdition);
    this.consentSince = Optional.empty();
  }

  private Charter(Charter charter, Optional<String> consentSince) {
    this.platform = charter.platform;
    this.cookies = charter.cookies;
    this.consent = charter.consent;
    this.consentSince = consentSince;
  }

  /** This charter, knowing the release since which {@link #consent()} is what it is. */
  public Charter withConsentSince(Optional<String> since) {
    return new Charter(this, since);
  }

  /** What the visitors' consent is about: the banners ask again when it changes. */
  public ConsentFingerprints consent() {
    return consent;
  }

  /**
   * The release since which {@link #consent()} is what it is, when the build knows it: from the
   * baseline and {@code -Acookiecharter.release}.
   */
  public Optional<String> consentSince() {
    return consentSince;
  }

  /** The platform's URL, as the charter shows it. */
  public String platform() {
    return platform;
  }

  /** Every cookie, in charter order. */
  public List<CookieDeclaration> cookies() {
    return cookies;
  }

  /** Every cookie, in charter order, as the registry returns it. */
  public List<CookieDefinition> definitions() {
    List<CookieDefinition> definitions = new ArrayList<>(cookies.size());
    for (CookieDeclaration cookie : cookies) {
      definitions.add(cookie.definition());
    }
    return definitions;
  }

  /** Every cookie, in charter order, as {@code cookies.json} lists it. */
  public List<CookiesJson.Entry> jsonEntries() {
    List<CookiesJson.Entry> entries = new ArrayList<>(cookies.size());
    for (CookieDeclaration cookie : cookies) {
      entries.add(new CookiesJson.Entry(cookie.definition(), cookie.declaringType()));
    }
    return entries;
  }

  /** Whether some cookie declares its lifetime: the tables then have a duration column. */
  public boolean hasLifetimes() {
    for (CookieDeclaration cookie : cookies) {
      if (cookie.lifetime().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** One section per category that has cookies, in the order of {@link CookieCategory}. */
  public List<Section> sections() {
    Map<CookieCategory, List<CookieDeclaration>> byCategory = new EnumMap<>(CookieCategory.class);
    for (CookieDeclaration cookie : cookies) {
      byCategory.computeIfAbsent(cookie.category(), category -> new ArrayList<>()).add(cookie);
    }
    List<Section> sections = new ArrayList<>();
    byCategory.forEach((category, members) -> sections.add(new Section(category, members)));
    return sections;
  }

  /** The cookies of one category, in charter order. */
  public record Section(CookieCategory category, List<CookieDeclaration> cookies) {
    public Section {
      cookies = List.copyOf(cookies);
    }
  }
}
