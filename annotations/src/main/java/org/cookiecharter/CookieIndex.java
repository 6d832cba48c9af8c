package org.cookiecharter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Looks declared cookies up by name. The generated {@code CookieRegistry} keeps one, read once from
 * the file the build writes next to it; applications normally call the registry's static methods
 * instead.
 *
 * <p>A name is found by its exact declaration first, else by the wildcard declaration ({@code
 * _ga_*}) with the longest prefix that the name starts with.
 */
public final class CookieIndex {
  /** The first four bytes of what {@link #write} writes, and the format's version. */
  private static final int MAGIC = 0xC00C1E04;

  /**
   * The first version, without lifetimes nor exemptions: what a registry built before them wrote,
   * still read.
   */
  private static final int MAGIC_1 = 0xC00C1E01;

  /** The second version, without translations: still read. */
  private static final int MAGIC_2 = 0xC00C1E02;

  /** The third version, without storage (every name a cookie): still read. */
  private static final int MAGIC_3 = 0xC00C1E03;

  private final List<CookieDefinition> all;
  private final WildcardNames.Lookup<CookieDefinition> byName;

  private CookieIndex(List<CookieDefinition> all, WildcardNames.Lookup<CookieDefinition> byName) {
    this.all = all;
    this.byName = byName;
  }

  /**
   * Indexes {@code cookies}, keeping their order.
   *
   * @throws IllegalArgumentException if two cookies have the same name
   */
  public static CookieIndex of(List<CookieDefinition> cookies) {
    List<CookieDefinition> all = List.copyOf(cookies);
    Set<String> names = new HashSet<>();
    WildcardNames.Lookup<CookieDefinition> byName =
        new WildcardNames.Lookup<>(CookieDefinition::name);
    for (CookieDefinition cookie : all) {
      if (!names.add(cookie.name())) {
        throw new IllegalArgumentException("cookie \"" + cookie.name() + "\" is declared twice");
      }
      byName.add(cookie);
    }
    return new CookieIndex(all, byName);
  }

  /**
   * Writes the cookies, in order, in the form {@link #read} reads: what the build stores next to
   * the generated registry. Every string is kept exactly, whatever characters it holds.
   */
  public void write(OutputStream out) throws IOException {
    // Buffered: DataOutputStream writes a char as two single-byte writes.
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(MAGIC);
    data.writeInt(all.size());
    for (CookieDefinition cookie : all) {
      writeString(data, cookie.name());
      writeString(data, cookie.provider());
      writeString(data, cookie.service());
      writeString(data, cookie.purpose());
      writeString(data, cookie.category().name());
      writeString(data, cookie.lifetime().map(CookieLifetime::toString).orElse(""));
      data.writeBoolean(cookie.exempt());
      data.writeInt(cookie.translations().size());
      for (Map.Entry<String, CookieTranslation> translation : cookie.translations().entrySet()) {
        writeString(data, translation.getKey());
        writeString(data, translation.getValue().service());
        writeString(data, translation.getValue().purpose());
      }
      writeString(data, cookie.storage().name());
    }
    data.flush();
  }

  /**
   * Reads cookies written by {@link #write}. The generated registry opens its own resource and
   * passes it here, so that the resource needs no {@code opens} in a named module.
   *
   * @param in the resource, or null if it was not found
   * @param resource the resource's name, for the message if it is missing or damaged
   * @throws IllegalStateException if the resource is missing or is not what {@link #write} writes
   */
  public static CookieIndex read(InputStream in, String resource) {
    if (in == null) {
      throw new IllegalStateException(
          resource
              + " is not on the class path: the jar lost the file that cookie-charter wrote"
              + " next to the registry's class");
    }
    try {
      DataInputStream data = new DataInputStream(new BufferedInputStream(in));
      int magic = data.readInt();
      if (magic != MAGIC && magic != MAGIC_1 && magic != MAGIC_2 && magic != MAGIC_3) {
        throw new IllegalStateException(resource + " was not written by cookie-charter");
      }
      int count = data.readInt();
      List<CookieDefinition> cookies = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        String name = readString(data);
        String provider = readString(data);
        String service = readString(data);
        String purpose = readString(data);
        CookieCategory category = CookieCategory.valueOf(readString(data));
        String lifetime = magic == MAGIC_1 ? "" : readString(data);
        boolean exempt = magic != MAGIC_1 && data.readBoolean();
        Map<String, CookieTranslation> translations = new HashMap<>();
        int translated = magic == MAGIC || magic == MAGIC_3 ? data.readInt() : 0;
        for (int t = 0; t < translated; t++) {
          translations.put(
              readString(data), new CookieTranslation(readString(data), readString(data)));
        }
        CookieStorage storage =
            magic == MAGIC ? CookieStorage.valueOf(readString(data)) : CookieStorage.COOKIE;
        cookies.add(
            new CookieDefinition(
                name,
                provider,
                service,
                purpose,
                category,
                lifetime.isEmpty() ? Optional.empty() : Optional.of(CookieLifetime.parse(lifetime)),
                exempt,
                translations,
                storage));
      }
      return of(cookies);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e, e);
    }
  }

  /** UTF-16 units, not modified UTF-8: no 64 KiB limit, and unpaired surrogates survive. */
  private static void writeString(DataOutputStream data, String value) throws IOException {
    data.writeInt(value.length());
    data.writeChars(value);
  }

  private static String readString(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length < 0) {
      throw new IOException("negative string length");
    }
    StringBuilder value = new StringBuilder(Math.min(length, 1 << 16));
    for (int i = 0; i < length; i++) {
      value.append(data.readChar());
    }
    return value.toString();
  }

  /** Every cookie, in the order given to {@link #of}; unmodifiable. */
  public List<CookieDefinition> all() {
    return all;
  }

  /**
   * The declaration of the cookie called {@code name}: its exact declaration, else the most
   * specific wildcard that covers it. Storage keys are not cookies: see {@link #find(CookieStorage,
   * String)}.
   */
  public Optional<CookieDefinition> find(String name) {
    return find(CookieStorage.COOKIE, name);
  }

  /**
   * The declaration of {@code name} kept in {@code storage}: its exact declaration, else the most
   * specific wildcard of that storage that covers it.
   */
  public Optional<CookieDefinition> find(CookieStorage storage, String name) {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(name, "name");
    return byName.find(name, cookie -> cookie.storage() == storage);
  }

  /** Whether the cookie called {@code name} is declared, exactly or by a wildcard. */
  public boolean isDeclared(String name) {
    return find(name).isPresent();
  }
}
