package org.cookiecharter.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cookiecharter.CharterResources;

/**
 * The charter that the build generated, in French and English, and the consent banner's
 * configuration, read once from the class path.
 */
final class CharterFiles {
  final String text;
  final String html;
  final String englishHtml;
  final String json;
  final String stylesheet;
  final String cookieConsentConfig;

  CharterFiles(
      String text,
      String html,
      String englishHtml,
      String json,
      String stylesheet,
      String cookieConsentConfig) {
    this.text = text;
    this.html = html;
    this.englishHtml = englishHtml;
    this.json = json;
    this.stylesheet = stylesheet;
    this.cookieConsentConfig = cookieConsentConfig;
  }

  static CharterFiles load() {
    return new CharterFiles(
        read(CharterResources.TEXT),
        read(CharterResources.HTML),
        read(CharterResources.ENGLISH_HTML),
        read(CharterResources.JSON),
        read(CharterResources.STYLESHEET),
        read(CharterResources.COOKIECONSENT_CONFIG));
  }

  /** The policy as an HTML fragment, in the visitor's language. */
  String html(Language language) {
    return language == Language.EN ? englishHtml : html;
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
