package org.cookiecharter.guard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.Json;

/**
 * The consent that CookieConsent v3 ({@code vanilla-cookieconsent}) keeps in its cookie: its JSON,
 * percent-encoded as JavaScript's {@code encodeURIComponent} does, whose {@code categories} lists
 * the accepted categories. With cookie-charter's generated configuration ({@code
 * cookieconsent-config.js}), those are the declarations' {@code consentCategory()}. The cookie is
 * {@code cc_cookie} unless the site names another in {@code CookieConsent.run({cookie: {name}})}.
 *
 * <p>The choice counts only under the {@code revision} it was made with: the generated
 * configuration's, computed from the consent fingerprints ({@link ConsentFingerprints#revision()}).
 * A choice made under another revision, when the cookie list changed in what consent is about, is
 * no choice: CookieConsent asks again, and so does the guard. A value that is not CookieConsent's
 * (forged, truncated, another tool's) counts as no consent.
 */
public final class CookieConsentReader implements ConsentReader {
  /** CookieConsent's own name for its cookie. */
  public static final String DEFAULT_COOKIE = "cc_cookie";

  /** Values read lately: a visitor sends the same value with every request until it changes. */
  private static final int REMEMBERED = 1024;

  private final String cookieName;
  private final int revision;
  private final Map<String, Set<String>> recent = new ConcurrentHashMap<>();

  /**
   * Reads {@value #DEFAULT_COOKIE}, under the revision of the {@code cookies.json} on the class
   * path ({@link #CookieConsentReader(String)}).
   */
  public CookieConsentReader() {
    this(DEFAULT_COOKIE);
  }

  /**
   * Reads the cookie that the site named in CookieConsent's {@code cookie.name}, under the revision
   * of the build: that of the {@code cookies.json} on the class path, which the same build wrote
   * with the banner's configuration.
   *
   * @throws IllegalStateException if there is no {@code cookies.json} on the class path, or it
   *     cannot be read ({@link DeclaredCookies#fromClassPath})
   */
  public CookieConsentReader(String cookieName) {
    this(cookieName, revisionOnClassPath());
  }

  /**
   * Reads the cookie that the site named in CookieConsent's {@code cookie.name}, under {@code
   * revision}: the {@code revision} of the banner's configuration.
   */
  public CookieConsentReader(String cookieName, int revision) {
    this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
    this.revision = revision;
  }

  private static int revisionOnClassPath() {
    return DeclaredCookies.fromClassPath()
        .consent()
        .map(ConsentFingerprints::revision)
        .orElseThrow();
  }

  /** The cookie it reads. */
  public String cookieName() {
    return cookieName;
  }

  /** The revision under which a choice counts. */
  public int revision() {
    return revision;
  }

  @Override
  public Set<String> acceptedCategories(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Set.of();
    }
    for (Cookie cookie : cookies) {
      if (cookieName.equals(cookie.getName()) && cookie.getValue() != null) {
        return acceptedCategories(cookie.getValue());
      }
    }
    return Set.of();
  }

  /**
   * The categories that one value of the cookie accepts: none if it is not CookieConsent's, or was
   * written under another revision.
   */
  public Set<String> acceptedCategories(String cookieValue) {
    Set<String> known = recent.get(cookieValue);
    if (known == null) {
      if (recent.size() >= REMEMBERED) {
        recent.clear(); // crude, but bounded whatever values visitors forge
      }
      known = categories(cookieValue, revision);
      recent.put(cookieValue, known);
    }
    return known;
  }

  /** The categories of one value of the cookie under {@code revision}; none if it is not so. */
  static Set<String> categories(String value, int revision) {
    try {
      if (!(Json.parse(percentDecoded(value)) instanceof Map<?, ?> consent)
          || !(consent.get("categories") instanceof List<?> listed)
          || !(consent.get("revision") instanceof BigDecimal stored)
          || stored.compareTo(BigDecimal.valueOf(revision)) != 0) {
        return Set.of();
      }
      Set<String> categories = new LinkedHashSet<>();
      for (Object category : listed) {
        if (category instanceof String name) {
          categories.add(name);
        }
      }
      return Set.copyOf(categories);
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
  }

  /**
   * {@code decodeURIComponent}: {@code %XX} as UTF-8 bytes, every other character as it is. Bytes
   * that are not UTF-8 become U+FFFD, which no category's key holds.
   */
  private static String percentDecoded(String value) {
    if (value == null) {
      throw new IllegalArgumentException("no value");
    }
    if (value.indexOf('%') < 0) {
      return value;
    }
    byte[] bytes = new byte[value.length() * 3]; // a character outside an escape: 3 bytes at most
    int length = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= value.length()) {
          throw new IllegalArgumentException("short escape");
        }
        int high = Character.digit(value.charAt(i + 1), 16);
        int low = Character.digit(value.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("bad escape");
        }
        bytes[length++] = (byte) (high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
      }
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
