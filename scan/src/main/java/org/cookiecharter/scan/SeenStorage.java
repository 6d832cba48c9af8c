package org.cookiecharter.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * A key that the site put in a frame's {@code localStorage} or {@code sessionStorage} in one
 * consent state.
 *
 * @param key the key
 * @param type which storage
 * @param origin the frame's origin ({@code https://maps.example.net})
 * @param party first or third party, by the origin's registrable domain
 * @param setBy the script's URL and line that called {@code setItem}; empty when the key was only
 *     found in the storage (set by a property assignment, or before the scan's hook ran)
 * @param page the page being visited
 */
public record SeenStorage(
    String key, StorageType type, String origin, Party party, Optional<String> setBy, String page) {
  public SeenStorage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(setBy, "setBy");
  }

  /** Which of a frame's storages. */
  public enum StorageType {
    LOCAL,
    SESSION;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
