package org.cookiecharter.processor.charter;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookiesJson;
import org.cookiecharter.processor.diagnostic.Message.Fragment;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * Renders the policy in each of its languages, in three formats, and the JSON. The prose of each
 * language comes from {@link CharterProse}, the layout of text, Markdown and HTML from a Mustache
 * template beside this class, the same for every language, each with the escaper of its format
 * ({@link TextEscaper}, {@link MarkdownEscaper}, {@link HtmlEscaper}); {@link CookiesJson} writes
 * the JSON.
 */
public final class CharterRenderer {
  /** Where JMustache's parse errors say their line. */
  private static final Pattern PARSE_LINE = Pattern.compile("line (\\d+)");

  private final Map<PolicyFormat, Template> formats;
  private final SiteTemplates templates;

  private CharterRenderer(Map<PolicyFormat, Template> formats, SiteTemplates templates) {
    this.formats = formats;
    this.templates = templates;
  }

  /**
   * Reads the templates: the site's, or the processor's own.
   *
   * @throws TemplateProblem if a site's template does not parse
   */
  public static CharterRenderer load(SiteTemplates templates) throws TemplateProblem {
    Map<PolicyFormat, Template> formats = new EnumMap<>(PolicyFormat.class);
    for (PolicyFormat format : PolicyFormat.values()) {
      formats.put(format, template(templates, format.template()));
    }
    return new CharterRenderer(formats, templates);
  }

  /**
   * Each file's class-path name ({@link CharterResources}) and content, in a fixed order: the
   * policy in each language, then the JSON.
   *
   * @param languages the languages of the policy, the declarations' own first
   */
  public Map<String, String> render(Charter charter, List<PolicyLanguage> languages)
      throws TemplateProblem {
    Map<String, String> files = new LinkedHashMap<>();
    Map<PolicyLanguage, CharterProse> proses = new LinkedHashMap<>();
    for (PolicyLanguage language : languages) {
      CharterProse prose = CharterProse.load(language, templates);
      proses.put(language, prose);
      Map<String, Object> context = context(charter, language, prose);
      for (Map.Entry<PolicyFormat, Template> format : formats.entrySet()) {
        files.put(
            language.file(format.getKey()),
            execute(
                format.getValue(),
                format.getKey().template(),
                escaped(context, format.getKey().escaper(), format.getKey().rawPlatform())));
      }
    }
    files.put(CharterResources.STYLESHEET, stylesheet());
    ConsentServices services = new ConsentServices(charter);
    for (BannerConfig banner : BannerConfig.ALL) {
      files.put(banner.file(), banner.write(services, languages, proses));
    }
    files.put(
        CharterResources.JSON,
        CookiesJson.write(
            charter.platform(), charter.consent(), charter.consentSince(), charter.jsonEntries()));
    return files;
  }

  /**
   * The templates' variables: {@code text.*}, {@code language} (its code), {@code platform}, {@code
   * durations} (whether the tables have a duration column), {@code sections}, each with its {@code
   * heading} and {@code cookies}, each cookie with its {@code name}, {@code provider}, {@code
   * service}, {@code purpose} (in the language), {@code duration} (for a reader; empty if not
   * declared), {@code exempt} and {@code storage} (for a key of the browser's storage, its wording:
   * {@code storage.localStorage} of the prose, else the API's name; false for a cookie); and {@code
   * consent}, the version of the list in what consent is about: its {@code revision}, its {@code
   * fingerprints} (each with its {@code category} and {@code fingerprint}) and {@code since} (the
   * release since which it is so; false when the build does not know).
   */
  private static Object storageWording(CookieDeclaration cookie, CharterProse prose) {
    if (cookie.isCookie()) {
      return false;
    }
    String key = cookie.storage().key();
    return prose.texts().getOrDefault("storage." + key, key);
  }

  private Map<String, Object> context(
      Charter charter, PolicyLanguage language, CharterProse prose) {
    LifetimeWording wording = new LifetimeWording(prose);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Charter.Section section : charter.sections()) {
      List<Map<String, Object>> cookies = new ArrayList<>();
      for (CookieDeclaration cookie : section.cookies()) {
        cookies.add(
            Map.of(
                "name", cookie.name(),
                "provider", cookie.provider(),
                // The declarations' own language has no translation: their own texts.
                "service", cookie.service(language.code()),
                "purpose", cookie.purpose(language.code()),
                "duration", cookie.lifetime().map(wording::of).orElse(""),
                "exempt", cookie.exempt(),
                "storage", storageWording(cookie, prose)));
      }
      sections.add(Map.of("heading", prose.heading(section.category()), "cookies", cookies));
    }
    List<Map<String, Object>> fingerprints = new ArrayList<>();
    charter
        .consent()
        .byCategory()
        .forEach(
            (category, fingerprint) ->
                fingerprints.add(Map.of("category", category, "fingerprint", fingerprint)));
    Map<String, Object> consent =
        Map.of(
            "revision",
            String.valueOf(charter.consent().revision()),
            "fingerprints",
            fingerprints,
            "since",
            charter.consentSince().<Object>map(since -> since).orElse(false));
    return Map.of(
        "consent",
        consent,
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

  /**
   * The template {@code name}, compiled to write values as they are: every value of the model is
   * escaped for the template's format before it gets there ({@link #escaped}), so that no template,
   * the site's included, can write one unescaped, {@code {{{value}}}} or not.
   */
  private static Template template(SiteTemplates templates, String name) throws TemplateProblem {
    try (Reader reader = templates.open(name)) {
      return Mustache.compiler().withEscaper(Escapers.NONE).compile(reader);
    } catch (IOException e) {
      throw TemplateProblem.inFile(templates.describe(name), Fragment.CANNOT_BE_READ.format(e));
    } catch (MustacheException e) {
      throw problem(templates.describe(name), e);
    }
  }

  /** The stylesheet: the site's, or the processor's own. */
  private String stylesheet() throws TemplateProblem {
    try (Reader reader = templates.open(SiteTemplates.STYLESHEET)) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    } catch (IOException e) {
      throw TemplateProblem.inFile(
          templates.describe(SiteTemplates.STYLESHEET), Fragment.CANNOT_BE_READ.format(e));
    }
  }

  private String execute(Template template, String name, Map<String, Object> context)
      throws TemplateProblem {
    try {
      return template.execute(context);
    } catch (MustacheException e) {
      throw problem(templates.describe(name), e);
    }
  }

  /** The engine's failure, with its line where the engine gives one. */
  private static TemplateProblem problem(String file, MustacheException failure) {
    if (failure instanceof MustacheException.Context context) {
      return TemplateProblem.atLine(
          file, context.lineNo, Fragment.NO_SUCH_VARIABLE.format(context.key));
    }
    Matcher line = PARSE_LINE.matcher(String.valueOf(failure.getMessage()));
    return TemplateProblem.atLine(
        file,
        line.find() ? Integer.parseInt(line.group(1)) : 0,
        Fragment.DOES_NOT_PARSE.format(failure.getMessage()));
  }

  /**
   * The model with every string escaped by {@code escaper}.
   *
   * @param rawPlatform whether {@code platform} stays as it is ({@link PolicyFormat#rawPlatform})
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> escaped(
      Map<String, Object> model, Mustache.Escaper escaper, boolean rawPlatform) {
    Map<String, Object> escaped = (Map<String, Object>) escape(model, escaper);
    if (rawPlatform) {
      escaped.put("platform", model.get("platform"));
    }
    return escaped;
  }

  private static Object escape(Object value, Mustache.Escaper escaper) {
    if (value instanceof String text) {
      return escaper.escape(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> escaped = new LinkedHashMap<>();
      map.forEach((key, each) -> escaped.put((String) key, escape(each, escaper)));
      return escaped;
    }
    if (value instanceof List<?> list) {
      List<Object> escaped = new ArrayList<>(list.size());
      for (Object each : list) {
        escaped.add(escape(each, escaper));
      }
      return escaped;
    }
    return value; // a boolean
  }
}
