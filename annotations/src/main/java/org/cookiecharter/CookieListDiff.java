package org.cookiecharter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two lists of declarations (two builds' {@code cookies.json}): the cookies
 * added, removed and changed, each change named, and whether visitors must be asked for consent
 * again. The rule, after CNIL's guidance: consent is asked again when a cookie that needs it is
 * added, or when a cookie that needs it changes in what consent is about (its category, provider,
 * duration, exemption or storage), or when the site raised its {@linkplain
 * CookieCharter#purposeEdition() purpose edition}; a change of wording alone, or a removal, keeps
 * the visitors' choice.
 *
 * <p>It also says what the banners will do ({@link #bannersAskAgainAbout()}): they compare {@link
 * ConsentFingerprints}, which also change on a removal.
 */
public final class CookieListDiff {
  /** An attribute of a declaration that a change may touch. */
  public enum Attribute {
    CATEGORY(true),
    PROVIDER(true),
    DURATION(true),
    EXEMPTION(true),
    STORAGE(true),
    /** The service's wording, in the declarations' language or a translation. */
    SERVICE(false),
    /** The purpose's wording, in the declarations' language or a translation. */
    PURPOSE(false);

    private final boolean aboutConsent;

    Attribute(boolean aboutConsent) {
      this.aboutConsent = aboutConsent;
    }

    /** Whether consent is about it: a change of it asks again for a cookie that needs consent. */
    public boolean aboutConsent() {
      return aboutConsent;
    }
  }

  /**
   * One cookie declared in both lists, but not alike.
   *
   * @param before its declaration in the old list
   * @param after its declaration in the new list
   * @param attributes what differs, in the order of {@link Attribute}
   */
  public record Change(
      CookieDefinition before, CookieDefinition after, List<Attribute> attributes) {
    public Change {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      attributes = List.copyOf(attributes);
    }

    /** Whether visitors must be asked again because of this change. */
    public boolean asksAgain() {
      return after.requiresConsent() && attributes.stream().anyMatch(Attribute::aboutConsent);
    }
  }

  private final List<CookieDefinition> added;
  private final List<CookieDefinition> removed;
  private final List<Change> changed;
  private final ConsentFingerprints fingerprintsBefore;
  private final ConsentFingerprints fingerprintsAfter;

  private CookieListDiff(
      List<CookieDefinition> added,
      List<CookieDefinition> removed,
      List<Change> changed,
      ConsentFingerprints fingerprintsBefore,
      ConsentFingerprints fingerprintsAfter) {
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.changed = List.copyOf(changed);
    this.fingerprintsBefore = fingerprintsBefore;
    this.fingerprintsAfter = fingerprintsAfter;
  }

  /** The changes from {@code before} to {@code after}, cookies matched by name. */
  public static CookieListDiff between(
      List<CookieDefinition> before, List<CookieDefinition> after) {
    return between(before, 0, after, 0);
  }

  /** The changes from one {@code cookies.json} to another, their purpose editions included. */
  public static CookieListDiff between(CookiesJson.Document before, CookiesJson.Document after) {
    return between(
        before.cookies(), before.purposeEdition(), after.cookies(), after.purposeEdition());
  }

  private static CookieListDiff between(
      List<CookieDefinition> before,
      int editionBefore,
      List<CookieDefinition> after,
      int editionAfter) {
    Map<String, CookieDefinition> old = byName(before);
    Map<String, CookieDefinition> now = byName(after);
    List<CookieDefinition> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (CookieDefinition cookie : now.values()) {
      CookieDefinition was = old.get(cookie.name());
      if (was == null) {
        added.add(cookie);
      } else if (!was.equals(cookie)) {
        changed.add(new Change(was, cookie, differences(was, cookie)));
      }
    }
    List<CookieDefinition> removed = new ArrayList<>();
    for (CookieDefinition cookie : old.values()) {
      if (!now.containsKey(cookie.name())) {
        removed.add(cookie);
      }
    }
    return new CookieListDiff(
        added,
        removed,
        changed,
        ConsentFingerprints.of(before, editionBefore),
        ConsentFingerprints.of(after, editionAfter));
  }

  private static Map<String, CookieDefinition> byName(List<CookieDefinition> cookies) {
    Map<String, CookieDefinition> byName = new LinkedHashMap<>();
    for (CookieDefinition cookie : cookies) {
      byName.put(cookie.name(), cookie);
    }
    return byName;
  }

  private static List<Attribute> differences(CookieDefinition was, CookieDefinition now) {
    List<Attribute> differences = new ArrayList<>();
    if (was.category() != now.category()) {
      differences.add(Attribute.CATEGORY);
    }
    if (!was.provider().equals(now.provider())) {
      differences.add(Attribute.PROVIDER);
    }
    if (!was.lifetime().equals(now.lifetime())) {
      differences.add(Attribute.DURATION);
    }
    if (was.exempt() != now.exempt()) {
      differences.add(Attribute.EXEMPTION);
    }
    if (was.storage() != now.storage()) {
      differences.add(Attribute.STORAGE);
    }
    if (!was.service().equals(now.service())
        || !texts(was, CookieTranslation::service).equals(texts(now, CookieTranslation::service))) {
      differences.add(Attribute.SERVICE);
    }
    if (!was.purpose().equals(now.purpose())
        || !texts(was, CookieTranslation::purpose).equals(texts(now, CookieTranslation::purpose))) {
      differences.add(Attribute.PURPOSE);
    }
    return differences;
  }

  private static Map<String, String> texts(
      CookieDefinition cookie, java.util.function.Function<CookieTranslation, String> text) {
    Map<String, String> texts = new LinkedHashMap<>();
    cookie
        .translations()
        .forEach((language, translation) -> texts.put(language, text.apply(translation)));
    return texts;
  }

  /** The cookies of the new list that the old one lacks, in the new list's order. */
  public List<CookieDefinition> added() {
    return added;
  }

  /** The cookies of the old list that the new one lacks, in the old list's order. */
  public List<CookieDefinition> removed() {
    return removed;
  }

  /** The cookies in both, changed, in the new list's order. */
  public List<Change> changed() {
    return changed;
  }

  /** The purpose edition of the old list, then of the new one. */
  public List<Integer> purposeEditions() {
    return List.of(fingerprintsBefore.purposeEdition(), fingerprintsAfter.purposeEdition());
  }

  /**
   * Whether the site changed its purpose edition, and some cookie of the new list needs consent.
   */
  public boolean purposesRevised() {
    return fingerprintsBefore.purposeEdition() != fingerprintsAfter.purposeEdition()
        && !fingerprintsAfter.byCategory().isEmpty();
  }

  /** The fingerprints of the old list. */
  public ConsentFingerprints fingerprintsBefore() {
    return fingerprintsBefore;
  }

  /** The fingerprints of the new list. */
  public ConsentFingerprints fingerprintsAfter() {
    return fingerprintsAfter;
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && changed.isEmpty()
        && fingerprintsBefore.purposeEdition() == fingerprintsAfter.purposeEdition();
  }

  /** Whether visitors must be asked for consent again. */
  public boolean asksAgain() {
    return added.stream().anyMatch(CookieDefinition::requiresConsent)
        || changed.stream().anyMatch(Change::asksAgain)
        || purposesRevised();
  }

  /**
   * The consent categories of the new list that the banners ask about again, because their
   * fingerprint changed: a superset of what the law asks, since a removal changes it too.
   */
  public List<String> bannersAskAgainAbout() {
    return fingerprintsBefore.changedCategories(fingerprintsAfter).stream()
        .filter(category -> fingerprintsAfter.byCategory().containsKey(category))
        .toList();
  }
}
