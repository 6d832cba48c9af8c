package org.cookiecharter.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookieStorage;

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
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(cookiesJson.toFile());
    } catch (IOException e) {
      throw new ScanException("cannot read " + cookiesJson + ": " + e.getMessage(), e);
    }
    JsonNode cookies = root == null ? null : root.get("cookies");
    if (cookies == null || !cookies.isArray()) {
      throw new ScanException(
          cookiesJson + " is not a cookies.json written by cookie-charter (no \"cookies\" list)");
    }
    List<CookieDefinition> declarations = new ArrayList<>();
    for (JsonNode cookie : cookies) {
      try {
        declarations.add(definition(cookie));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ScanException(
            cookiesJson + " has a cookie that cookie-charter did not write: " + cookie, e);
      }
    }
    try {
      return of(declarations);
    } catch (IllegalArgumentException e) {
      throw new ScanException(cookiesJson + ": " + e.getMessage(), e);
    }
  }

  private static CookieDefinition definition(JsonNode cookie) {
    String duration = text(cookie, "duration");
    return new CookieDefinition(
        required(cookie, "name"),
        required(cookie, "provider"),
        required(cookie, "service"),
        required(cookie, "purpose"),
        CookieCategory.valueOf(required(cookie, "category")),
        duration.isEmpty() ? Optional.empty() : Optional.of(CookieLifetime.parse(duration)),
        cookie.path("exempt").asBoolean(false),
        Map.of(),
        CookieStorage.ofKey(text(cookie, "storage")));
  }

  private static String required(JsonNode cookie, String field) {
    JsonNode value = cookie.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("no " + field);
    }
    return value.asText();
  }

  private static String text(JsonNode cookie, String field) {
    JsonNode value = cookie.get(field);
    return value == null || !value.isTextual() ? "" : value.asText();
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
