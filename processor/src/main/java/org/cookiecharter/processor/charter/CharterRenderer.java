package org.cookiecharter.processor.charter;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cookiecharter.CharterResources;
import org.cookiecharter.processor.Resources;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * Renders the policy in each of its languages, in three formats, and the JSON. The prose of each
 * language comes from {@link CharterProse}, the layout of text, Markdown and HTML from a Mustache
 * template beside this class, the same for every language, each with the escaper of its format
 * ({@link TextEscaper}, {@link MarkdownEscaper}, {@link HtmlEscaper}); {@link JsonWriter} writes
 * the JSON.
 */
public final class CharterRenderer {
  private final Template text;
  private final Template markdown;
  private final Template html;

  private CharterRenderer(Template text, Template markdown, Template html) {
    this.text = text;
    this.markdown = markdown;
    this.html = html;
  }

  /** Reads the templates from the processor's own resources. */
  public static CharterRenderer load() {
    return new CharterRenderer(
        template("charte-cookies.txt.mustache", new TextEscaper()),
        template("charte-cookies.md.mustache", new MarkdownEscaper()),
        template("charte-cookies.html.mustache", new HtmlEscaper()));
  }

  /**
   * Each file's class-path name ({@link CharterResources}) and content, in a fixed order: the
   * policy in each language, then the JSON.
   *
   * @param languages the languages of the policy, the declarations' own first
   */
  public Map<String, String> render(Charter charter, List<PolicyLanguage> languages) {
    Map<String, String> files = new LinkedHashMap<>();
    for (PolicyLanguage language : languages) {
      Map<String, Object> context =
          context(charter, language, CharterProse.load(language), language == languages.get(0));
      files.put(language.textFile(), text.execute(context));
      files.put(language.markdownFile(), markdown.execute(context));
      files.put(language.htmlFile(), html.execute(context));
    }
    files.put(CharterResources.JSON, JsonWriter.write(charter));
    return files;
  }

  /**
   * The templates' variables: {@code text.*}, {@code language} (its code), {@code platform}, {@code
   * durations} (whether the tables have a duration column), {@code sections}, each with its {@code
   * heading} and {@code cookies}, each cookie with its {@code name}, {@code provider}, {@code
   * service}, {@code purpose} (in the language), {@code duration} (for a reader; empty if not
   * declared) and {@code exempt}.
   *
   * @param own whether the language is the declarations' own: their texts, not translations
   */
  private Map<String, Object> context(
      Charter charter, PolicyLanguage language, CharterProse prose, boolean own) {
    LifetimeWording wording = new LifetimeWording(prose);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Charter.Section section : charter.sections()) {
      List<Map<String, Object>> cookies = new ArrayList<>();
      for (CookieDeclaration cookie : section.cookies()) {
        cookies.add(
            Map.of(
                "name", cookie.name(),
                "provider", cookie.provider(),
                "service", own ? cookie.service() : cookie.service(language.code()),
                "purpose", own ? cookie.purpose() : cookie.purpose(language.code()),
                "duration", cookie.lifetime().map(wording::of).orElse(""),
                "exempt", cookie.exempt()));
      }
      sections.add(Map.of("heading", prose.heading(section.category()), "cookies", cookies));
    }
    return Map.of(
        "text",
        prose.texts(),
        "language",
        language.code(),
        "platform",
        charter.platform(),
        "durations",
        charter.hasLifetimes(),
        "sections",
        sections);
  }

  private static Template template(String name, Mustache.Escaper escaper) {
    return Resources.template(CharterRenderer.class, name, escaper);
  }
}
