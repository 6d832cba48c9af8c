package org.cookiecharter.processor;

import static org.cookiecharter.processor.property.Generator.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieNameToken;
import org.cookiecharter.processor.codegen.JavaLiterals;
import org.cookiecharter.processor.property.Generator;
import org.cookiecharter.processor.property.PropertyCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Generated declaration sets, from none to 500 cookies with any text: the build succeeds, or fails
 * only with tagged cookie-charter errors, never a crash; on success every output holds exactly the
 * declared values, each in its format:
 *
 * <ul>
 *   <li>registry: exactly;
 *   <li>JSON, read by Jackson: exactly, and it round-trips;
 *   <li>HTML, read by jsoup: one row of four cells per cookie, no element the template did not
 *       write, and each cell shows its value;
 *   <li>Markdown, read by CommonMark with GitHub's tables: one row of four cells per cookie, each
 *       cell shows its value, as text, never as markup;
 *   <li>text: one line of four tab-separated cells per cookie, each cell shows its value.
 * </ul>
 *
 * <p>"Shows its value" compares what a reader sees: the letters, marks, digits, punctuation and
 * symbols of the value, in order, as Unicode classes them ({@link #visible}). Blanks and line
 * breaks are laid out differently by each format, and characters that no format can show become
 * U+FFFD; the exact rendering of those is {@link EscapingTest}'s.
 */
class CharterPropertiesTest {
  private static final String PACKAGE = "org.example.gen";
  private static final Set<String> TEMPLATE_ELEMENTS =
      Set.of(
          "body", "section", "h2", "h3", "h4", "p", "a", "table", "thead", "tbody", "tr", "th",
          "td", "br");

  /** One generated declaration. */
  record Declaration(
      String name, String provider, String service, String purpose, CookieCategory category) {}

  /**
   * 200 tries, each a compilation of up to 500 cookies; a failure names the seed that replays it,
   * and the fewest declarations that still fail.
   */
  @Test
  void anyDeclarationsGiveExactOutputsOrTaggedErrors() {
    PropertyCheck.forAll(declarationSets())
        .tries(200)
        .shrinkingWith(PropertyCheck::shorterLists)
        .check(CharterPropertiesTest::compilesToExactOutputsOrTaggedErrors);
  }

  private static void compilesToExactOutputsOrTaggedErrors(List<Declaration> declarations)
      throws Exception {
    int classes = Math.max(1, Math.min(5, declarations.size() / 100 + 1));
    Compilation compilation = Compilations.compile(sources(declarations, classes));

    List<String> errors =
        compilation.errors().stream()
            .map(
                d ->
                    d.getMessage(Locale.ROOT).startsWith("[cookie-charter:")
                        ? d.getMessage(Locale.ROOT)
                        : d.getMessage(Locale.ROOT)
                            + " at "
                            + d.getSource().getName()
                            + ":"
                            + d.getLineNumber()
                            + ":"
                            + d.getColumnNumber()
                            + " "
                            + around(lineOf(d), (int) d.getColumnNumber()))
            .collect(Collectors.toList());
    for (String error : errors) {
      assertTrue(error.startsWith("[cookie-charter:"), "untagged error: " + error);
      assertFalse(error.startsWith("[cookie-charter:InternalError]"), error);
    }
    if (!allValid(declarations)) {
      assertFalse(errors.isEmpty(), "invalid declarations compiled");
      return;
    }
    assertEquals(List.of(), errors);
    assertEquals(0, compilation.warnings().size(), () -> compilation.warnings().toString());

    List<Declaration> expected = charterOrder(declarations, classes);
    checkRegistry(compilation, expected);
    checkHtml(Compilations.generated(compilation, CharterResources.HTML), expected);
    checkMarkdown(Compilations.generated(compilation, CharterResources.MARKDOWN), expected);
    checkJson(Compilations.generated(compilation, CharterResources.JSON), expected);
    checkText(Compilations.generated(compilation, CharterResources.TEXT), expected);
  }

  private static String around(String line, int column) {
    return "["
        + line.substring(Math.max(0, column - 30), Math.min(line.length(), column + 10))
        + "]";
  }

  private static String lineOf(javax.tools.Diagnostic<? extends JavaFileObject> diagnostic) {
    try {
      String[] lines = diagnostic.getSource().getCharContent(true).toString().split("\n", -1);
      return lines[(int) diagnostic.getLineNumber() - 1];
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Mostly sets that should compile, so that the outputs are checked often, also at 100 to 500
   * cookies; the others may hold any name, duplicates and blank texts.
   */
  private static Generator<List<Declaration>> declarationSets() {
    Generator<String> text = texts().filter(t -> !t.isBlank());
    Generator<Declaration> valid = declarations(validNames(), text);
    Generator<Declaration> any = declarations(names(), texts());
    return Generator.frequency(
        weighted(6, valid.list(0, 30).map(CharterPropertiesTest::unique)),
        weighted(2, valid.list(100, 500).map(CharterPropertiesTest::unique)),
        weighted(3, any.list(0, 30)),
        weighted(1, any.list(100, 500)));
  }

  private static Generator<Declaration> declarations(
      Generator<String> names, Generator<String> texts) {
    Generator<CookieCategory> categories = Generator.anyOf(CookieCategory.class);
    return random ->
        new Declaration(
            names.next(random),
            texts.next(random),
            texts.next(random),
            texts.next(random),
            categories.next(random));
  }

  /** Makes every name unique, keeping it a token, and a wildcard a wildcard. */
  private static List<Declaration> unique(List<Declaration> declarations) {
    List<Declaration> unique = new ArrayList<>();
    for (int i = 0; i < declarations.size(); i++) {
      Declaration d = declarations.get(i);
      unique.add(
          new Declaration(
              "c" + i + "_" + d.name(), d.provider(), d.service(), d.purpose(), d.category()));
    }
    return unique;
  }

  private static Generator<String> tokens() {
    return Generator.strings("abcdefghijklmnopqrstuvwxyzABCZ0123456789!#$%&'*+-.^_`|~", 1, 16);
  }

  private static Generator<String> validNames() {
    Generator<String> token = tokens();
    return Generator.frequency(weighted(10, token), weighted(1, token.map(t -> t + "*")));
  }

  private static Generator<String> names() {
    Generator<String> token = tokens();
    Generator<String> bad = Generator.oneOf(" ", "=", ";", "é", "\t", "\"", "\u2028", "\u0000");
    Generator<String> invalid =
        random -> token.next(random) + bad.next(random) + token.next(random);
    return Generator.frequency(
        weighted(30, token),
        weighted(3, token.map(t -> t + "*")),
        weighted(2, invalid),
        weighted(1, Generator.oneOf("", "*")));
  }

  private static Generator<String> texts() {
    Generator<String> fragments =
        Generator.oneOf(
                "Opendatasoft",
                "Se souvenir de l'utilisateur",
                "\"",
                "\\",
                "*/",
                "/*",
                "\\u0022",
                "</table><script>alert(1)</script>",
                "|",
                "\t",
                "\r",
                "\n",
                "\r\n",
                "\u2028",
                "\u2029",
                "\u0085",
                "\u000B",
                "\uD83D\uDE00",
                "«",
                "é",
                "&amp;",
                "<br>",
                "`",
                "*",
                "_",
                "#",
                "[x](y)",
                "\u0000",
                "\u0007",
                "\uD800",
                "\uDC00",
                "{{x}}",
                "{{{x}}}",
                "%s",
                "'",
                " ",
                "-")
            .list(1, 10)
            .map(parts -> String.join("", parts));
    return Generator.frequency(
        weighted(40, fragments),
        weighted(2, Generator.oneOf("\uFFFF", "\uFFFE", "\uFDD0", "\uD83F\uDFFF")),
        weighted(6, Generator.anyStrings(30)),
        weighted(1, Generator.strings("ab «»é\"\\|<>&\n\uD83D", 10_000, 10_000)),
        weighted(2, Generator.oneOf("", " ", "\t\n")));
  }

  /** The site, then the declarations spread over {@code classes} classes, in source order. */
  private static JavaFileObject[] sources(List<Declaration> declarations, int classes) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(Fixtures.site(PACKAGE, "platform = \"https://data.example.org\""));
    for (int c = 0; c < classes; c++) {
      StringBuilder source = new StringBuilder();
      source
          .append("package ")
          .append(PACKAGE)
          .append(";\n")
          .append(
              "import org.cookiecharter.CookieCategory;\n"
                  + "import org.cookiecharter.DeclaredCookie;\n")
          .append("final class Gen")
          .append(c)
          .append(" {\n");
      for (int i = c; i < declarations.size(); i += classes) {
        Declaration d = declarations.get(i);
        source
            .append("  @DeclaredCookie(provider = ")
            .append(JavaLiterals.string(d.provider()))
            .append(", service = ")
            .append(JavaLiterals.string(d.service()))
            .append(", purpose = ")
            .append(JavaLiterals.string(d.purpose()))
            .append(", category = CookieCategory.")
            .append(d.category())
            .append(")\n")
            .append("  static final String C")
            .append(i)
            .append(" = ")
            .append(JavaLiterals.string(d.name()))
            .append(";\n");
      }
      source.append("}\n");
      sources.add(JavaFileObjects.forSourceString(PACKAGE + ".Gen" + c, source.toString()));
    }
    return sources.toArray(JavaFileObject[]::new);
  }

  /** The oracle: unique cookie-name tokens and no blank text. */
  private static boolean allValid(List<Declaration> declarations) {
    Set<String> names = new HashSet<>();
    for (Declaration d : declarations) {
      boolean token =
          !d.name().isEmpty()
              && !d.name().equals("*")
              && d.name()
                  .chars()
                  .allMatch(c -> c > 0x20 && c < 0x7f && CookieNameToken.SEPARATORS.indexOf(c) < 0);
      if (!token
          || !names.add(d.name())
          || d.provider().isBlank()
          || d.service().isBlank()
          || d.purpose().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Category, then class (Gen0, Gen1...), then source order. */
  private static List<Declaration> charterOrder(List<Declaration> declarations, int classes) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < declarations.size(); i++) {
      indexes.add(i);
    }
    indexes.sort(
        Comparator.<Integer, CookieCategory>comparing(i -> declarations.get(i).category())
            .thenComparing(i -> i % classes)
            .thenComparing(i -> i));
    return indexes.stream().map(declarations::get).collect(Collectors.toList());
  }

  private static void checkRegistry(Compilation compilation, List<Declaration> expected)
      throws Exception {
    Object all = new CompiledClassLoader(compilation).call(PACKAGE + ".CookieRegistry", "all");
    assertEquals(
        expected.stream()
            .map(
                d ->
                    new CookieDefinition(
                        d.name(), d.provider(), d.service(), d.purpose(), d.category()))
            .collect(Collectors.toList()),
        all);
  }

  private static void checkHtml(String html, List<Declaration> expected) {
    Document document = Jsoup.parseBodyFragment(html);
    for (Element element : document.body().getAllElements()) {
      assertTrue(
          TEMPLATE_ELEMENTS.contains(element.tagName()),
          "element not in the template: " + element.tagName());
    }
    List<Element> rows = document.select("table > tbody > tr");
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i).select("td").stream().map(Element::wholeText).toList();
      assertCellsShow(expected.get(i), cells, "HTML");
    }
  }

  private static void checkMarkdown(String markdown, List<Declaration> expected) {
    List<List<String>> rows = MarkdownTables.bodyRows(markdown);
    assertEquals(expected.size(), rows.size(), "Markdown table rows");
    for (int i = 0; i < rows.size(); i++) {
      assertCellsShow(expected.get(i), rows.get(i), "Markdown");
    }
  }

  private static void checkJson(String json, List<Declaration> expected) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(json);
    JsonNode cookies = root.get("cookies");
    assertEquals(expected.size(), cookies.size());
    for (int i = 0; i < expected.size(); i++) {
      Declaration d = expected.get(i);
      JsonNode cookie = cookies.get(i);
      assertEquals(d.name(), cookie.get("name").asText());
      assertEquals(d.provider(), cookie.get("provider").asText());
      assertEquals(d.service(), cookie.get("service").asText());
      assertEquals(d.purpose(), cookie.get("purpose").asText());
      assertEquals(d.category().name(), cookie.get("category").asText());
      assertEquals(d.category().requiresConsent(), cookie.get("requiresConsent").asBoolean());
    }
    assertEquals(root, mapper.readTree(mapper.writeValueAsString(root)));
  }

  private static void checkText(String text, List<Declaration> expected) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("Nom du prestataire\t")) {
        inTable = true;
      } else if (inTable && !line.isEmpty()) {
        rows.add(List.of(line.split("\t", -1)));
      } else {
        inTable = false;
      }
    }
    assertEquals(expected.size(), rows.size(), "text table rows");
    for (int i = 0; i < rows.size(); i++) {
      assertCellsShow(expected.get(i), rows.get(i), "text");
    }
  }

  /** The four cells of a row, in the charter's column order, show the declaration's values. */
  private static void assertCellsShow(Declaration expected, List<String> cells, String format) {
    assertEquals(4, cells.size(), () -> format + " row " + cells);
    List<String> values =
        List.of(expected.provider(), expected.service(), expected.name(), expected.purpose());
    for (int i = 0; i < 4; i++) {
      assertEquals(visible(values.get(i)), visible(cells.get(i)), format + " cell " + i);
    }
  }

  /**
   * What a reader sees of a text, whatever its layout: its letters, marks, digits, punctuation and
   * symbols as Unicode classes them, in order; not blanks, line breaks, control characters,
   * unpaired surrogates, unassigned code points or U+FFFD.
   */
  private static String visible(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .filter(c -> c != 0xFFFD && VISIBLE.contains(Character.getType(c)))
        .forEach(shown::appendCodePoint);
    return shown.toString();
  }

  private static final Set<Integer> VISIBLE =
      Set.of(
          (int) Character.UPPERCASE_LETTER,
          (int) Character.LOWERCASE_LETTER,
          (int) Character.TITLECASE_LETTER,
          (int) Character.MODIFIER_LETTER,
          (int) Character.OTHER_LETTER,
          (int) Character.NON_SPACING_MARK,
          (int) Character.ENCLOSING_MARK,
          (int) Character.COMBINING_SPACING_MARK,
          (int) Character.DECIMAL_DIGIT_NUMBER,
          (int) Character.LETTER_NUMBER,
          (int) Character.OTHER_NUMBER,
          (int) Character.CONNECTOR_PUNCTUATION,
          (int) Character.DASH_PUNCTUATION,
          (int) Character.START_PUNCTUATION,
          (int) Character.END_PUNCTUATION,
          (int) Character.INITIAL_QUOTE_PUNCTUATION,
          (int) Character.FINAL_QUOTE_PUNCTUATION,
          (int) Character.OTHER_PUNCTUATION,
          (int) Character.MATH_SYMBOL,
          (int) Character.CURRENCY_SYMBOL,
          (int) Character.MODIFIER_SYMBOL,
          (int) Character.OTHER_SYMBOL);
}
