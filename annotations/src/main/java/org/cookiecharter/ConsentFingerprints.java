package org.cookiecharter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the visitors' consent is about, as fingerprints: one per consent category ({@link
 * CookieDefinition#consentCategory()}) that holds a cookie needing consent, and one number for the
 * banners that record a single choice (CookieConsent's {@code revision}). A banner asks again when
 * the fingerprint it stored with the visitor's choice differs from the site's.
 *
 * <p>A category's fingerprint is computed from its cookies that need consent, each by name (or
 * family), provider, category, storage, declared duration and exemption ({@link
 * CookieListDiff.Attribute#aboutConsent()}), and from the {@linkplain
 * CookieCharter#purposeEdition() purpose edition}; never from the service's or purpose's wording,
 * translations or the platform, so that a fix of wording keeps every choice. Cookies are taken in
 * the order of their names, texts as UTF-8 with their lengths, so that the result depends on
 * nothing but these values: not on the order of the sources, the compiler or the JDK.
 *
 * <p>A removal changes the fingerprint too: from a fingerprint alone a banner cannot tell a list
 * that lost a cookie from one that gained it back, so it asks again, which the law allows.
 */
public final class ConsentFingerprints {
  /** Hexadecimal digits of a category's fingerprint: 64 bits. */
  private static final int DIGITS = 16;

  private final int purposeEdition;
  private final SortedMap<String, String> byCategory;
  private final int revision;

  private ConsentFingerprints(int purposeEdition, SortedMap<String, String> byCategory) {
    this.purposeEdition = purposeEdition;
    this.byCategory = Collections.unmodifiableSortedMap(byCategory);
    this.revision = revision(purposeEdition, byCategory);
  }

  /**
   * The fingerprints of these declarations.
   *
   * @param purposeEdition {@link CookieCharter#purposeEdition()}: raised by hand when a purpose
   *     changes in substance while nothing else does
   * @throws IllegalArgumentException if {@code purposeEdition} is negative
   */
  public static ConsentFingerprints of(Collection<CookieDefinition> cookies, int purposeEdition) {
    if (purposeEdition < 0) {
      throw new IllegalArgumentException("purposeEdition < 0: " + purposeEdition);
    }
    SortedMap<String, List<CookieDefinition>> members = new TreeMap<>();
    for (CookieDefinition cookie : cookies) {
      if (cookie.requiresConsent()) {
        members.computeIfAbsent(cookie.consentCategory(), c -> new ArrayList<>()).add(cookie);
      }
    }
    SortedMap<String, String> byCategory = new TreeMap<>();
    members.forEach(
        (category, listed) -> {
          listed.sort(Comparator.comparing(CookieDefinition::name));
          Digest digest = new Digest();
          digest.add(category).add(purposeEdition);
          for (CookieDefinition cookie : listed) {
            digest
                .add(cookie.name())
                .add(cookie.provider())
                .add(cookie.category().key())
                .add(cookie.storage().key())
                .add(cookie.lifetime().map(CookieLifetime::toString).orElse(""))
                .add(cookie.exempt() ? 1 : 0);
          }
          byCategory.put(category, digest.hex(DIGITS));
        });
    return new ConsentFingerprints(purposeEdition, byCategory);
  }

  /**
   * CookieConsent's {@code revision}: a number from 1 to 2<sup>31</sup>-1 computed from every
   * fingerprint, so that it changes when one does. (CookieConsent asks again when the revision it
   * stored differs, not only when it is lower, and writes 0 without one: 0 is never ours.)
   */
  private static int revision(int purposeEdition, SortedMap<String, String> byCategory) {
    Digest digest = new Digest().add(purposeEdition);
    byCategory.forEach((category, fingerprint) -> digest.add(category).add(fingerprint));
    int revision = digest.firstInt() & Integer.MAX_VALUE;
    return revision == 0 ? 1 : revision;
  }

  /** The purpose edition it was computed with. */
  public int purposeEdition() {
    return purposeEdition;
  }

  /**
   * The fingerprint of each consent category that holds a cookie needing consent, 16 hexadecimal
   * digits, in the order of the categories' keys.
   */
  public SortedMap<String, String> byCategory() {
    return byCategory;
  }

  /** The fingerprint of a consent category; empty if it holds no cookie needing consent. */
  public Optional<String> of(String consentCategory) {
    return Optional.ofNullable(byCategory.get(consentCategory));
  }

  /** The number that CookieConsent's configuration gives as {@code revision}. */
  public int revision() {
    return revision;
  }

  /**
   * The name under which Klaro! and tarteaucitron record a visitor's choice for a service: {@code
   * cookie_charter_} and 8 hexadecimal digits computed from the service's consent category, that
   * category's fingerprint (none for a service that needs no consent) and the name of its first
   * cookie. Both tools ask about a service whose name they have not stored, and keep the choices
   * stored for the others: a name that changes exactly when its category's fingerprint does makes
   * them ask again about the changed categories only.
   */
  public String serviceKey(String consentCategory, String firstCookie) {
    return "cookie_charter_"
        + new Digest()
            .add(consentCategory)
            .add(byCategory.getOrDefault(consentCategory, ""))
            .add(firstCookie)
            .hex(8);
  }

  /** The consent categories whose fingerprint differs in {@code other}, or that only one has. */
  public List<String> changedCategories(ConsentFingerprints other) {
    SortedMap<String, String> all = new TreeMap<>(byCategory);
    all.putAll(other.byCategory);
    List<String> changed = new ArrayList<>();
    for (String category : all.keySet()) {
      if (!Objects.equals(byCategory.get(category), other.byCategory.get(category))) {
        changed.add(category);
      }
    }
    return changed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConsentFingerprints that
        && purposeEdition == that.purposeEdition
        && byCategory.equals(that.byCategory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purposeEdition, byCategory);
  }

  @Override
  public String toString() {
    return "ConsentFingerprints" + Map.of("revision", revision, "byCategory", byCategory);
  }

  /** SHA-256 over values, each written so that no two sequences of values write the same bytes. */
  private static final class Digest {
    private final MessageDigest sha256;

    Digest() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    Digest add(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(5).put((byte) 's').putInt(bytes.length).array());
      sha256.update(bytes);
      return this;
    }

    Digest add(int number) {
      sha256.update(ByteBuffer.allocate(5).put((byte) 'i').putInt(number).array());
      return this;
    }

    String hex(int digits) {
      return HexFormat.of().formatHex(sha256.digest()).substring(0, digits);
    }

    int firstInt() {
      return ByteBuffer.wrap(sha256.digest()).getInt();
    }
  }
}
