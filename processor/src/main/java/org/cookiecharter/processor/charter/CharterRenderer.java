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
 * Renders the charter in its four formats. The French prose comes from {@link CharterProse}, the
 * layout of text, Markdown and HTML from a Mustache template beside this class, each with the
 * escaper of its format ({@link TextEscaper}, {@link MarkdownEscaper}, {@link HtmlEscaper}); {@link
 * JsonWriter} writes the JSON.
 */
public final class CharterRenderer {
  private final CharterProse prose;
  private final Template text;
  private final Template markdown;
  private final Template html;

  private CharterRenderer(CharterProse prose, Template text, Template markdown, Template html) {
    this.prose = prose;
    this.text = text;
    this.markdown = markdown;
    this.html = html;
  }

  /** Reads the prose and templates from the processor's own resources. */
  public static CharterRenderer load() {
    return new CharterRenderer(
        CharterProse.load(),
        template("charte-cookies.txt.mustache", new TextEscaper()),
        template("charte-cookies.md.mustache", new MarkdownEscaper()),
        template("charte-cookies.html.mustache", new HtmlEscaper()));
  }

  /** Each file's class-path name ({@link CharterResources}) and content, in a fixed order. */
  public Map<String, String> render(Charter charter) {
    Map<String, Object> context = context(charter);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CharterResources.TEXT, text.execute(context));
    files.put(CharterResources.MARKDOWN, markdown.execute(context));
    files.put(CharterResources.HTML, html.execute(context));
    files.put(CharterResources.JSON, JsonWriter.write(charter));
    return files;
  }

  /**
   * The templates' variables: {@code text.*}, {@code platform}, {@code durations} (whether the
   * tables have a duration column), {@code sections}, each with its {@code heading} and {@code
   * cookies}, each cookie with its {@code name}, {@code provider}, {@code service}, {@code
   * purpose}, {@code duration} (for a reader; empty if not declared) and {@code exempt}.
   */
  private Map<String, Object> context(Charter charter) {
    LifetimeWording wording = new LifetimeWording(prose);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Charter.Section section : charter.sections()) {
      List<Map<String, Object>> cookies = new ArrayList<>();
      for (CookieDeclaration cookie : section.cookies()) {
        cookies.add(
            Map.of(
                "name", cookie.name(),
                "provider", cookie.provider(),
                "service", cookie.service(),
                "purpose", cookie.purpose(),
                "duration", cookie.lifetime().map(wording::of).orElse(""),
                "exempt", cookie.exempt()));
      }
      sections.add(Map.of("heading", prose.heading(section.category()), "cookies", cookies));
    }
    return Map.of(
        "text",
        prose.texts(),
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
