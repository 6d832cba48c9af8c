package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values that mean something in an output format show as themselves in every format: markup,
 * quotes, table separators, tabs and line breaks.
 */
class EscapingTest {
  // The values as the compiled constants hold them.
  static final String PROVIDER = "Ads <b>&amp; \"Co\" 'X'";
  static final String SERVICE = "a | b\tc";
  static final String NAME = "_pk&id|x*y'z";
  static final String PURPOSE = "line1\nline2\r\nline3\u2028line4";
  static final String MARKUP = "*bold* _em_ [a](b) `c` # ~s~ \\";
  static final String SCRIPT = "</table><script>alert(1)</script>";
  static final String ODD = "bell\u0007 end, lone \uD800 surrogate, emoji \uD83D\uDE00";

  /** The same values as Java source literals. */
  private static final JavaFileObject TRICKY =
      JavaFileObjects.forSourceLines(
          "org.example.portal.Tricky",
          "package org.example.portal;",
          "import org.cookiecharter.CookieCategory;",
          "import org.cookiecharter.DeclaredCookie;",
          "public final class Tricky {",
          "  @DeclaredCookie(provider = \"Ads <b>&amp; \\\"Co\\\" 'X'\", service = \"a | b\\tc\",",
          "      purpose = \"line1\\n"
              + "line2\\r"
              + "\\n"
              + "line3\\u2028line4\", category = CookieCategory.NECESSARY)",
          "  public static final String FIRST = \"_pk&id|x*y'z\";",
          "  @DeclaredCookie(provider = \"*bold* _em_ [a](b) `c` # ~s~ \\\\\",",
          "      service = \"</table><script>alert(1)</script>\",",
          "      purpose = \"bell\\u0007 end, lone \\uD800 surrogate, emoji \\uD83D\\uDE00\",",
          "      category = CookieCategory.NECESSARY)",
          "  public static final String SECOND = \"md\";",
          "}");

  private static Compilation compilation;

  /** The tricky declarations, for other tests. */
  static JavaFileObject tricky() {
    return TRICKY;
  }

  @BeforeAll
  static void compileTrickyDeclarations() {
    compilation =
        TestSources.create().withSite("https://data.example.org/?a=1&b='2'").with(TRICKY).compile();
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void textTableKeepsOneLinePerCookieWithTabsAndLineBreaksAsSpaces() {
    List<String> rows =
        tableRows(generated(compilation, CharterResources.TEXT), "Nom du prestataire\t");

    assertThat(rows)
        .containsExactly(
            "Ads <b>&amp; \"Co\" 'X'\ta | b c\t_pk&id|x*y'z\tline1 line2 line3 line4",
            "*bold* _em_ [a](b) `c` # ~s~ \\\t</table><script>alert(1)</script>\tmd"
                + "\tbell\uFFFD end, lone \uFFFD surrogate, emoji \uD83D\uDE00")
        .inOrder();
  }

  @Test
  void markdownEscapesMarkupAndPipesAndBreaksLinesWithBr() {
    String markdown = generated(compilation, CharterResources.MARKDOWN);
    List<String> rows = tableRows(markdown, "| --- |");

    assertThat(rows)
        .containsExactly(
            "| Ads \\<b\\>\\&amp; \"Co\" 'X' | a \\| b c | \\_pk\\&id\\|x\\*y'z"
                + " | line1<br>line2<br>line3<br>line4 |",
            "| \\*bold\\* \\_em\\_ \\[a\\](b) \\`c\\` \\# \\~s\\~ \\\\"
                + " | \\</table\\>\\<script\\>alert(1)\\</script\\> | md"
                + " | bell\uFFFD end, lone \uFFFD surrogate, emoji \uD83D\uDE00 |")
        .inOrder();
    for (String row : rows) {
      assertThat(row.split("(?<!\\\\)\\|", -1)).hasLength(6); // four cells between five pipes
    }
    // The platform is an autolink, written raw: escapes do not apply inside <...>.
    assertThat(markdown).contains("<https://data.example.org/?a=1&b='2'>");
  }

  @Test
  void markdownReadsBackAsTheDeclaredTextInTheRightCells() {
    List<List<String>> rows =
        MarkdownTables.bodyRows(generated(compilation, CharterResources.MARKDOWN));

    assertThat(rows)
        .containsExactly(
            List.of(PROVIDER, "a | b c", NAME, "line1\nline2\nline3\nline4"),
            List.of(
                MARKUP, SCRIPT, "md", "bell\uFFFD end, lone \uFFFD surrogate, emoji \uD83D\uDE00"))
        .inOrder();
  }

  @Test
  void htmlEscapesMarkupAndQuotesAndBreaksLinesWithBr() {
    String html = generated(compilation, CharterResources.HTML);

    assertThat(html)
        .contains(
            "      <tr><td>Ads &lt;b&gt;&amp;amp; &quot;Co&quot; &#39;X&#39;</td><td>a | b\tc</td>"
                + "<td>_pk&amp;id|x*y&#39;z</td><td>line1<br>line2<br>line3<br>line4</td></tr>\n"
                + "      <tr><td>*bold* _em_ [a](b) `c` # ~s~ \\</td>"
                + "<td>&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td><td>md</td>"
                + "<td>bell\uFFFD end, lone \uFFFD surrogate, emoji \uD83D\uDE00</td></tr>\n");
    assertThat(html)
        .contains(
            "<a href=\"https://data.example.org/?a=1&amp;b=&#39;2&#39;\">"
                + "https://data.example.org/?a=1&amp;b=&#39;2&#39;</a>");
  }

  @Test
  void htmlParsesBackToTheDeclaredTextInTheRightCells() {
    Document document = Jsoup.parseBodyFragment(generated(compilation, CharterResources.HTML));

    assertThat(document.select("script, b")).isEmpty();
    assertThat(document.select("table")).hasSize(1);
    Elements rows = document.select("table > tbody > tr");
    assertThat(rows).hasSize(2);
    Elements first = rows.get(0).select("td");
    assertThat(first).hasSize(4);
    assertThat(first.get(0).wholeText()).isEqualTo(PROVIDER);
    assertThat(first.get(1).wholeText()).isEqualTo(SERVICE);
    assertThat(first.get(2).wholeText()).isEqualTo(NAME);
    assertThat(lines(first.get(3))).containsExactly("line1", "line2", "line3", "line4").inOrder();
    Elements second = rows.get(1).select("td");
    assertThat(second.get(0).wholeText()).isEqualTo(MARKUP);
    assertThat(second.get(1).wholeText()).isEqualTo(SCRIPT);
    assertThat(document.select("a").attr("href")).isEqualTo("https://data.example.org/?a=1&b='2'");
  }

  @Test
  void jsonReadsBackAsTheExactDeclaredValues() throws Exception {
    String json = generated(compilation, CharterResources.JSON);
    JsonNode root = new ObjectMapper().readTree(json);

    assertThat(root.get("platform").asText()).isEqualTo("https://data.example.org/?a=1&b='2'");
    JsonNode first = root.get("cookies").get(0);
    assertThat(first.get("name").asText()).isEqualTo(NAME);
    assertThat(first.get("provider").asText()).isEqualTo(PROVIDER);
    assertThat(first.get("service").asText()).isEqualTo(SERVICE);
    assertThat(first.get("purpose").asText()).isEqualTo(PURPOSE);
    assertThat(first.get("category").asText()).isEqualTo("NECESSARY");
    assertThat(first.get("requiresConsent").asBoolean()).isFalse();
    JsonNode second = root.get("cookies").get(1);
    assertThat(second.get("provider").asText()).isEqualTo(MARKUP);
    assertThat(second.get("service").asText()).isEqualTo(SCRIPT);
    assertThat(second.get("purpose").asText()).isEqualTo(ODD);
    // Safe to paste into a <script> element: no "</" survives.
    assertThat(json).doesNotContain("</");
    assertThat(json)
        .contains("\"\\u003c/table\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"");
  }

  @Test
  void registryHoldsTheExactDeclaredValues() throws Exception {
    Object all =
        new CompiledClassLoader(compilation).call("org.example.portal.CookieRegistry", "all");

    assertThat(all)
        .isEqualTo(
            List.of(
                new CookieDefinition(NAME, PROVIDER, SERVICE, PURPOSE, CookieCategory.NECESSARY),
                new CookieDefinition("md", MARKUP, SCRIPT, ODD, CookieCategory.NECESSARY)));
  }

  /** The lines of a table: those after the header line that starts with {@code marker}. */
  private static List<String> tableRows(String charter, String marker) {
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : charter.split("\n", -1)) {
      if (inTable && line.isEmpty()) {
        break;
      }
      if (inTable) {
        rows.add(line);
      }
      inTable |= line.startsWith(marker);
    }
    return rows;
  }

  /** The text of a cell, split at its {@code <br>} elements. */
  private static List<String> lines(Element cell) {
    assertThat(cell.select("br")).hasSize(cell.textNodes().size() - 1);
    return cell.textNodes().stream().map(TextNode::getWholeText).toList();
  }
}
