package org.cookiecharter.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The portal's own files beside its classes: its stylesheet, the consent banner's scripts. */
final class PortalResources {
  private PortalResources() {}

  /** The text of {@code name}, relative to this package. */
  static String read(String name) {
    try (InputStream in = PortalResources.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
