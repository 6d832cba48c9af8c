package org.cookiecharter.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The portal's own stylesheet, {@code portal.css} beside this class, read once. */
final class PortalStyle {
  static final String CSS = read();

  private PortalStyle() {}

  private static String read() {
    try (InputStream in = PortalStyle.class.getResourceAsStream("portal.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
