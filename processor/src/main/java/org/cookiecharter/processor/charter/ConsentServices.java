package org.cookiecharter.processor.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cookiecharter.WildcardNames;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * The declarations as the consent banners ask about them: grouped in services, one per provider,
 * service and need of consent, in charter order, and in categories. A cookie that needs no consent
 * (necessary, or exempt statistics) is in a required service. What every banner's configuration
 * ({@link BannerConfig}) is written from.
 *
 * <p>tarteaucitron and CookieConsent write a service's name and a cookie table's cells as HTML:
 * those texts are escaped for HTML first ({@link #html}); Klaro! writes its titles as text. Every
 * text is then a JavaScript string ({@link Js}).
 */
final class ConsentServices {
  private final Charter charter;
  private final List<Service> services;
  private final HtmlEscaper html = new HtmlEscaper();

  /**
   * The cookies of one service: one provider, one service, one need of consent.
   *
   * @param key its name in the banners' configurations ({@link
   *     org.cookiecharter.ConsentFingerprints#serviceKey}): {@code cookie_charter_3f2a09c1}
   * @param required whether its cookies need no consent
   */
  record Service(
      String key, CookieDeclaration first, boolean required, List<CookieDeclaration> cookies) {

    /** The category the banners ask about it under ({@code CookieDefinition.consentCategory}). */
    String consentCategory() {
      return first.definition().consentCategory();
    }

    /** "Provider — service", in the language. */
    String title(PolicyLanguage language) {
      // The declarations' own language has no translation: service(code) is then their own text.
      return first.provider() + " — " + first.service(language.code());
    }

    /**
     * Its cookies that a banner clears by name when consent is refused or withdrawn: the banners
     * clear cookies only, never a storage key.
     */
    List<CookieDeclaration> cleared() {
      return cookies.stream().filter(CookieDeclaration::isCookie).toList();
    }
  }

  ConsentServices(Charter charter) {
    this.charter = charter;
    Map<List<Object>, List<CookieDeclaration>> groups = new LinkedHashMap<>();
    for (CookieDeclaration cookie : charter.cookies()) {
      groups
          .computeIfAbsent(
              List.of(
                  cookie.category(), cookie.provider(), cookie.service(), cookie.requiresConsent()),
              group -> new ArrayList<>())
          .add(cookie);
    }
    List<Service> found = new ArrayList<>();
    for (List<CookieDeclaration> group : groups.values()) {
      CookieDeclaration first = group.get(0);
      String key = charter.consent().serviceKey(first.definition().consentCategory(), first.name());
      found.add(new Service(key, first, !first.requiresConsent(), group));
    }
    this.services = List.copyOf(found);
  }

  /** Every service, in charter order. */
  List<Service> all() {
    return services;
  }

  /** CookieConsent's {@code revision}: it asks again when the one it stored differs. */
  int revision() {
    return charter.consent().revision();
  }

  /** Whether some cookie declares its lifetime: the cookie tables then have a duration column. */
  boolean hasLifetimes() {
    return charter.hasLifetimes();
  }

  /** The categories that have cookies, in charter order. */
  List<String> categories() {
    List<String> categories = new ArrayList<>();
    for (Service service : services) {
      if (!categories.contains(service.consentCategory())) {
        categories.add(service.consentCategory());
      }
    }
    return categories;
  }

  /** The services of a category, in charter order. */
  List<Service> members(String category) {
    List<Service> members = new ArrayList<>();
    for (Service service : services) {
      if (service.consentCategory().equals(category)) {
        members.add(service);
      }
    }
    return members;
  }

  /**
   * A cookie's name as a string, or a family's as a regular expression of its prefix: every
   * character but letters, digits, {@code _} and {@code -} as a {@code \xHH} escape, so that the
   * literal holds no character that ends it or means something in a pattern.
   */
  static Js matcher(CookieDeclaration cookie) {
    if (!WildcardNames.isWildcard(cookie.name())) {
      return Js.string(cookie.name());
    }
    StringBuilder pattern = new StringBuilder("/^");
    for (char c : WildcardNames.prefix(cookie.name()).toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-') {
        pattern.append(c);
      } else {
        pattern.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      }
    }
    return Js.code(pattern.append('/').toString());
  }

  /** A string escaped for HTML: what tarteaucitron and CookieConsent show as markup. */
  Js html(String value) {
    return Js.string(html.escape(value));
  }
}
