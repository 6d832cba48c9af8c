package org.cookiecharter.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cookiecharter.CharterResources;

/**
 * What the application serves of the build's output, by path: the policy's pages (an HTML page
 * around the generated fragment, and the text), the stylesheet, {@code cookies.json} and the
 * consent banners' configurations; only those the build wrote (the English policy with {@code
 * -Acookiecharter.languages=fr,en}). Read once: they change only with the build.
 */
final class CharterPages {
  /** A file to serve: its bytes and their media type. */
  record Page(byte[] content, String mediaType) {}

  private static final String PAGE_TEMPLATE = "page.html";

  private final Map<String, Page> byPath;

  private CharterPages(Map<String, Page> byPath) {
    this.byPath = byPath;
  }

  /** The pages that {@code loader} finds, at the paths of {@code paths}. */
  static CharterPages load(CookieCharterProperties.Pages paths, ClassLoader loader) {
    Map<String, Page> byPath = new LinkedHashMap<>();
    String html = "text/html;charset=UTF-8";
    String text = "text/plain;charset=UTF-8";
    String script = "text/javascript;charset=UTF-8";
    String template =
        page(CharterPages.class.getClassLoader(), "org/cookiecharter/spring/" + PAGE_TEMPLATE)
            .orElseThrow(
                () -> new IllegalStateException("no " + PAGE_TEMPLATE + " in the starter"));
    page(loader, CharterResources.HTML)
        .ifPresent(
            f -> byPath.put(paths.getCharter(), new Page(wrapped(template, f, "fr", paths), html)));
    page(loader, CharterResources.ENGLISH_HTML)
        .ifPresent(
            f -> byPath.put(paths.getPolicy(), new Page(wrapped(template, f, "en", paths), html)));
    add(byPath, loader, CharterResources.TEXT, paths.getCharterText(), text);
    add(byPath, loader, CharterResources.ENGLISH_TEXT, paths.getPolicyText(), text);
    add(
        byPath,
        loader,
        CharterResources.STYLESHEET,
        paths.getStylesheet(),
        "text/css;charset=UTF-8");
    add(byPath, loader, CharterResources.JSON, paths.getJson(), "application/json");
    String consent =
        paths.getConsent().endsWith("/") ? paths.getConsent() : paths.getConsent() + "/";
    for (String banner :
        new String[] {
          CharterResources.KLARO_CONFIG,
          CharterResources.TARTEAUCITRON_SERVICES,
          CharterResources.COOKIECONSENT_CONFIG
        }) {
      add(byPath, loader, banner, consent + banner.substring(banner.lastIndexOf('/') + 1), script);
    }
    return new CharterPages(Map.copyOf(byPath));
  }

  private static void add(
      Map<String, Page> byPath, ClassLoader loader, String resource, String path, String type) {
    page(loader, resource)
        .ifPresent(
            content -> byPath.put(path, new Page(content.getBytes(StandardCharsets.UTF_8), type)));
  }

  private static Optional<String> page(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The generated fragment in a whole page: the language, the stylesheet, and the fragment's first
   * heading as the title (the fragment holds escaped text, which a title reads as it is).
   */
  private static byte[] wrapped(
      String template, String fragment, String language, CookieCharterProperties.Pages paths) {
    int start = fragment.indexOf("<h2>");
    int end = fragment.indexOf("</h2>");
    String title = start >= 0 && end > start ? fragment.substring(start + 4, end) : "";
    Map<String, String> values =
        Map.of(
            "lang",
            language,
            "title",
            title,
            "stylesheet",
            attribute(paths.getStylesheet()),
            "fragment",
            fragment.strip());
    return filled(template, values).getBytes(StandardCharsets.UTF_8);
  }

  /** The template with each {@code {{name}}} replaced by its value, in one pass. */
  private static String filled(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", at)) {
      int close = template.indexOf("}}", open);
      out.append(template, at, open);
      out.append(Objects.requireNonNull(values.get(template.substring(open + 2, close)), "value"));
      at = close + 2;
    }
    return out.append(template.substring(at)).toString();
  }

  /** A value for a double-quoted HTML attribute. */
  private static String attribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  /** Each path served, with its page. */
  Map<String, Page> byPath() {
    return byPath;
  }

  /** The page at {@code path}. */
  Page at(String path) {
    return Objects.requireNonNull(byPath.get(path), path);
  }
}
