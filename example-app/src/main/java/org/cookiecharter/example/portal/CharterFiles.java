package org.cookiecharter.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cookiecharter.CharterResources;

/** The charter that the build generated, read once from the class path. */
final class CharterFiles {
  final String text;
  final String html;
  final String json;

  private CharterFiles(String text, String html, String json) {
    this.text = text;
    this.html = html;
    this.json = json;
  }

  static CharterFiles load() {
    return new CharterFiles(
        read(CharterResources.TEXT), read(CharterResources.HTML), read(CharterResources.JSON));
  }

  static String read(String resource) {
    try (InputStream in = CharterFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the class path: was the application built with cookie-charter?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
