package org.cookiecharter.processor.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.processor.charter.ConsentServices.Service;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * CookieConsent v3's {@code cookieconsent-config.js}: the global {@code cookieConsentConfig} for
 * {@code CookieConsent.run}: the revision (CookieConsent asks every visitor again when the one it
 * stored differs), the categories, the cookies each clears when refused, the services, and the
 * dialogs' texts with a cookie table per category, in each language of the policy.
 */
final class CookieConsentConfig implements BannerConfig {
  @Override
  public String file() {
    return CharterResources.COOKIECONSENT_CONFIG;
  }

  @Override
  public String write(
      ConsentServices services,
      List<PolicyLanguage> languages,
      Map<PolicyLanguage, CharterProse> proses) {
    Js.Obj categories = Js.lines();
    for (String category : services.categories()) {
      categories.put(category, category(services.members(category), languages.get(0)));
    }
    Js.Obj translations = Js.lines();
    for (PolicyLanguage language : languages) {
      CharterProse prose = Objects.requireNonNull(proses.get(language), "prose");
      translations.put(language.code(), translation(services, language, prose));
    }
    Js.Obj config =
        Js.lines()
            .put("revision", Js.number(services.revision()))
            .put("categories", categories.openWhenEmpty())
            .put(
                "language",
                Js.lines()
                    .put("default", languages.get(0).code())
                    .put("translations", translations));
    return HEADER + "var cookieConsentConfig = " + config.write(0) + ";\n";
  }

  /** A category: read-only when its cookies need no consent, else the cookies it clears. */
  private static Js category(List<Service> members, PolicyLanguage language) {
    boolean readOnly = members.get(0).required();
    Js.Obj category =
        Js.lines().put("enabled", Js.bool(readOnly)).put("readOnly", Js.bool(readOnly));
    if (!readOnly) {
      List<Js> cleared = new ArrayList<>();
      for (Service member : members) {
        for (CookieDeclaration cookie : member.cleared()) {
          cleared.add(Js.inline().put("name", ConsentServices.matcher(cookie)));
        }
      }
      category.put("autoClear", Js.inline().put("cookies", new Js.Arr(cleared, Js.Layout.INLINE)));
    }
    Js.Obj labels = Js.inline();
    for (Service member : members) {
      labels.put(member.key(), Js.inline().put("label", label(member.title(language))));
    }
    return category.put("services", labels);
  }

  /** The dialogs' texts in one language, and a section per category with its cookie table. */
  private static Js translation(
      ConsentServices services, PolicyLanguage language, CharterProse prose) {
    Js.Obj consentModal =
        Js.lines()
            .put("title", services.html(prose.text("consent.title")))
            .put("description", services.html(prose.text("consent.description")))
            .put("acceptAllBtn", services.html(prose.text("consent.acceptAll")))
            .put("acceptNecessaryBtn", services.html(prose.text("consent.acceptNecessary")))
            .put("showPreferencesBtn", services.html(prose.text("consent.showPreferences")));
    List<Js> sections = new ArrayList<>();
    for (String category : services.categories()) {
      sections.add(section(services, category, language, prose));
    }
    Js.Obj preferencesModal =
        Js.lines()
            .put("title", services.html(prose.text("consent.preferencesTitle")))
            .put("acceptAllBtn", services.html(prose.text("consent.acceptAll")))
            .put("acceptNecessaryBtn", services.html(prose.text("consent.acceptNecessary")))
            .put("savePreferencesBtn", services.html(prose.text("consent.savePreferences")))
            .put("closeIconLabel", services.html(prose.text("consent.close")))
            .put("sections", new Js.Arr(sections, Js.Layout.LINES_OPEN_WHEN_EMPTY));
    return Js.lines().put("consentModal", consentModal).put("preferencesModal", preferencesModal);
  }

  private static Js section(
      ConsentServices services, String category, PolicyLanguage language, CharterProse prose) {
    List<Service> members = services.members(category);
    CookieCategory kind = members.get(0).first().category();
    boolean durations = services.hasLifetimes();
    Js.Obj headers =
        Js.inline()
            .put("name", services.html(prose.column(CharterProse.Column.NAME)))
            .put("provider", services.html(prose.column(CharterProse.Column.PROVIDER)))
            .put("service", services.html(prose.column(CharterProse.Column.SERVICE)));
    if (durations) {
      headers.put("duration", services.html(prose.column(CharterProse.Column.DURATION)));
    }
    headers.put("purpose", services.html(prose.column(CharterProse.Column.PURPOSE)));
    LifetimeWording wording = new LifetimeWording(prose);
    List<Js> rows = new ArrayList<>();
    for (Service member : members) {
      for (CookieDeclaration cookie : member.cookies()) {
        Js.Obj row =
            Js.inline()
                .put("name", services.html(shownName(cookie)))
                .put("provider", services.html(cookie.provider()))
                .put("service", services.html(cookie.service(language.code())));
        if (durations) {
          row.put("duration", services.html(cookie.lifetime().map(wording::of).orElse("")));
        }
        rows.add(row.put("purpose", services.html(cookie.purpose(language.code()))));
      }
    }
    return Js.lines()
        .put("title", services.html(prose.heading(kind)))
        .put("description", services.html(prose.text(descriptionKey(kind))))
        .put("linkedCategory", services.html(category))
        .put(
            "cookieTable",
            Js.lines()
                .put("headers", headers)
                .put("body", new Js.Arr(rows, Js.Layout.LINES_OPEN_WHEN_EMPTY)));
  }

  /** A cookie's name, or a storage key's followed by its storage: {@code x (localStorage)}. */
  private static String shownName(CookieDeclaration cookie) {
    return cookie.isCookie() ? cookie.name() : cookie.name() + " (" + cookie.storage().key() + ")";
  }

  private static String descriptionKey(CookieCategory category) {
    return switch (category) {
      case NECESSARY -> "necessaryCookies";
      case STATISTICS -> "statisticsCookies";
      case FIRST_PARTY -> "firstPartyCookies";
      case THIRD_PARTY -> "thirdPartyCookies";
    };
  }

  /**
   * A service label. CookieConsent writes it as HTML in the dialog, and, its tags removed, as the
   * text of the toggle's hidden label: only {@code <} and {@code >} are escaped, so that no markup
   * can start in the first and an ampersand or a quote reads as itself in the second.
   */
  private static Js label(String value) {
    return Js.string(value.replace("<", "&lt;").replace(">", "&gt;"));
  }
}
