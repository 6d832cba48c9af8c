package org.cookiecharter;

import org.jspecify.annotations.Nullable;

/**
 * Where a declared name is kept in the visitor's browser: a cookie, or a key of the browser's
 * storage, which regulators treat as cookies (ePrivacy directive, article 5(3): any storage of or
 * access to information on the visitor's device).
 */
public enum CookieStorage {
  /** An HTTP cookie: set by a {@code Set-Cookie} header or by {@code document.cookie}. */
  COOKIE("cookie"),
  /** A key of {@code window.localStorage}: kept until removed. */
  LOCAL_STORAGE("localStorage"),
  /** A key of {@code window.sessionStorage}: kept until the tab closes. */
  SESSION_STORAGE("sessionStorage");

  private final String key;

  CookieStorage(String key) {
    this.key = key;
  }

  /**
   * {@code cookie}, {@code localStorage} or {@code sessionStorage}: its name in {@code
   * cookies.json} and in the browser.
   */
  public String key() {
    return key;
  }

  /**
   * The storage called {@code key} in {@code cookies.json}; absent or empty means a cookie.
   *
   * @throws IllegalArgumentException if {@code key} names no storage
   */
  public static CookieStorage ofKey(@Nullable String key) {
    if (key == null || key.isEmpty()) {
      return COOKIE;
    }
    for (CookieStorage storage : values()) {
      if (storage.key.equals(key)) {
        return storage;
      }
    }
    throw new IllegalArgumentException("no storage called \"" + key + "\"");
  }

  /** Whether this is a key of the browser's storage rather than a cookie. */
  public boolean isBrowserStorage() {
    return this != COOKIE;
  }
}
