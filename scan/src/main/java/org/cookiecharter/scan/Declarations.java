package org.cookiecharter.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.CookieStorage;
import org.cookiecharter.CookiesJson;

/**
 * The declarations the scan holds what it sees against: a generated {@code CookieRegistry}'s, or
 * those of the {@code cookies.json} that the build writes beside the charter.
 */
public final class Declarations {
  private final CookieIndex index;

  private Declarations(CookieIndex index) {
    this.index = index;
  }

  /** These declarations, as {@code CookieRegistry.all()} returns them. */
  public static Declarations of(List<CookieDefinition> declarations) {
    return new Declarations(CookieIndex.of(declarations));
  }

  /**
   * The declarations of a {@code cookies.json} written by cookie-charter.
   *
   * @throws ScanException if the file cannot be read or is not a {@code cookies.json}
   */
  public static Declarations read(Path cookiesJson) {
    String json;
    try {
      json = Files.readString(cookiesJson, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScanException("cannot read " + cookiesJson + ": " + e.getMessage(), e);
    }
    List<CookieDefinition> declarations;
    try {
      declarations = CookiesJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new ScanException(
          cookiesJson + " is not a cookies.json written by cookie-charter (" + e.getMessage() + ")",
          e);
    }
    try {
      return of(declarations);
    } catch (IllegalArgumentException e) {
      throw new ScanException(cookiesJson + ": " + e.getMessage(), e);
    }
  }

  /** Every declaration, in the order declared. */
  public List<CookieDefinition> all() {
    return index.all();
  }

  /** The declaration that covers a cookie called {@code name}: exact first, else a wildcard. */
  public Optional<CookieDefinition> find(String name) {
    return index.find(name);
  }

  /** The declaration that covers a storage key: exact first, else a wildcard of that storage. */
  public Optional<CookieDefinition> find(SeenStorage.StorageType type, String key) {
    return index.find(
        type == SeenStorage.StorageType.LOCAL
            ? CookieStorage.LOCAL_STORAGE
            : CookieStorage.SESSION_STORAGE,
        key);
  }
}
