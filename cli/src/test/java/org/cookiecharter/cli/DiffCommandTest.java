package org.cookiecharter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookiesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cookie-charter diff} as a user runs it: its output in both formats, its exit codes. */
class DiffCommandTest {
  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final CookieDefinition SESSION =
      new CookieDefinition("sessionid", "Portal", "Auth", "Remember", CookieCategory.NECESSARY);
  private static final CookieDefinition LANGUAGE =
      new CookieDefinition(
          "django_language",
          "Portal",
          "Language",
          "Remember the language",
          CookieCategory.NECESSARY,
          Optional.of(CookieLifetime.parse("P1Y")),
          false,
          Map.of());
  private static final CookieDefinition VISITOR =
      new CookieDefinition(
          "_pk_id.*",
          "Matomo | \"self-hosted\"\n*bold*",
          "Audience",
          "Count visitors",
          CookieCategory.STATISTICS,
          Optional.of(CookieLifetime.parse("P13M")),
          false,
          Map.of());

  private int run(String... args) {
    return CookieCharterCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Path cookiesJson(String name, CookieDefinition... cookies) throws Exception {
    return cookiesJson(name, 0, cookies);
  }

  private Path cookiesJson(String name, int purposeEdition, CookieDefinition... cookies)
      throws Exception {
    List<CookiesJson.Entry> entries = new ArrayList<>();
    for (CookieDefinition cookie : cookies) {
      entries.add(new CookiesJson.Entry(cookie, "org.example.Cookies"));
    }
    Path file = folder.resolve(name);
    Files.writeString(
        file,
        CookiesJson.write(
            "https://data.example.org",
            ConsentFingerprints.of(List.of(cookies), purposeEdition),
            entries),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anAddedCookieThatNeedsConsentExitsWithOne() throws Exception {
    CookieDefinition longerLanguage =
        new CookieDefinition(
            "django_language",
            "Portal",
            "Language",
            "Remembers the language",
            CookieCategory.NECESSARY,
            Optional.of(CookieLifetime.parse("P13M")),
            false,
            Map.of());
    Path before = cookiesJson("old.json", SESSION, LANGUAGE);
    Path after = cookiesJson("new.json", longerLanguage, VISITOR);

    assertEquals(1, run("diff", before.toString(), after.toString()));
    assertEquals(
        "Added (1):\n"
            + "  + _pk_id.* (statistics, Matomo | \"self-hosted\" *bold*): needs consent, asked"
            + " again\n"
            + "Removed (1):\n"
            + "  - sessionid (necessary, Portal)\n"
            + "Changed (1):\n"
            + "  ~ django_language (necessary, Portal): duration P1Y -> P13M, purpose wording\n"
            + "Visitors must be asked for consent again.\n"
            + "The banners ask again about: statistics (consent fingerprint changed).\n",
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void aWordingFixKeepsTheChoiceAndExitsWithZero() throws Exception {
    CookieDefinition reworded =
        new CookieDefinition(
            "_pk_id.*",
            VISITOR.provider(),
            "Audience (every page)",
            "Count visitors",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            false,
            Map.of());
    Path before = cookiesJson("old.json", VISITOR);
    Path after = cookiesJson("new.json", reworded);

    assertEquals(0, run("diff", before.toString(), after.toString()));
    assertTrue(
        out.toString()
            .endsWith(
                "service wording\nVisitors keep their choice.\n"
                    + "The banners keep every choice (no consent fingerprint changed).\n"),
        out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("diff", before.toString(), before.toString()));
    assertEquals("No change.\nVisitors keep their choice.\n", out.toString());
  }

  @Test
  void markdownIsATableThatGitHubReadsBackAsTheTexts() throws Exception {
    Path before = cookiesJson("old.json", SESSION);
    Path after = cookiesJson("new.json", SESSION, VISITOR);

    assertEquals(1, run("diff", before.toString(), after.toString(), "--format", "markdown"));
    Node document =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .parse(out.toString());
    List<String> cells = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableCell) {
              StringBuilder text = new StringBuilder();
              for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Text literal)) {
                  throw new AssertionError("markup in a cell: " + child);
                }
                text.append(literal.getLiteral());
              }
              cells.add(text.toString());
              return;
            }
            visitChildren(node);
          }
        });
    assertEquals(
        List.of(
            "",
            "cookie",
            "category",
            "provider",
            "what changed",
            "consent asked again",
            "added",
            "_pk_id.*",
            "statistics",
            "Matomo | \"self-hosted\" *bold*",
            "",
            "yes"),
        cells);
    assertTrue(
        out.toString()
            .endsWith(
                "**Visitors must be asked for consent again.**\n\n"
                    + "The banners ask again about: statistics (consent fingerprint changed).\n"),
        out.toString());
  }

  @Test
  void aRaisedPurposeEditionAsksAgainAboutEveryCategoryThatNeedsConsent() throws Exception {
    Path before = cookiesJson("old.json", 0, SESSION, VISITOR);
    Path after = cookiesJson("new.json", 1, SESSION, VISITOR);

    assertEquals(1, run("diff", before.toString(), after.toString()));
    assertEquals(
        "Purpose edition 0 -> 1: purposes revised, consent asked again\n"
            + "Visitors must be asked for consent again.\n"
            + "The banners ask again about: statistics (consent fingerprint changed).\n",
        out.toString());
  }

  @Test
  void aRemovalKeepsTheChoiceButCookieConsentAsksAgain() throws Exception {
    Path before = cookiesJson("old.json", SESSION, VISITOR);
    Path after = cookiesJson("new.json", SESSION);

    assertEquals(0, run("diff", before.toString(), after.toString()));
    assertEquals(
        "Removed (1):\n"
            + "  - _pk_id.* (statistics, Matomo | \"self-hosted\" *bold*)\n"
            + "Visitors keep their choice.\n"
            + "CookieConsent asks again (its revision changed: a category that needed consent is"
            + " gone); Klaro! and tarteaucitron keep every choice.\n",
        out.toString());
  }

  @Test
  void aFileThatIsNotACookiesJsonIsOneLineAndTwo() throws Exception {
    Path bad = folder.resolve("bad.json");
    Files.writeString(bad, "{}", StandardCharsets.UTF_8);

    assertEquals(2, run("diff", bad.toString(), bad.toString()));
    assertEquals(
        "cookie-charter diff: "
            + bad
            + " is not a cookies.json written by cookie-charter (no \"cookies\" list)\n",
        err.toString().replace(System.lineSeparator(), "\n"));
    assertEquals(2, run("diff", folder.resolve("missing.json").toString(), bad.toString()));
    assertEquals(2, run("diff", bad.toString(), bad.toString(), "--format", "html"));
  }
}
