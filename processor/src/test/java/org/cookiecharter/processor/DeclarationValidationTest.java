package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declarations the charter cannot publish: blank texts, names that are not cookie names. */
class DeclarationValidationTest {
  private static final String TOKEN_RULE =
      ". A cookie name is an RFC 6265 token: printable ASCII without blanks or any of"
          + " ( ) < > @ , ; : \\ \" / [ ] ? = { }; a final * declares a family of names, such as"
          + " \"_ga_*\"";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "provider | Nom du prestataire | who sets the cookie: your organisation, or the third"
            + " party",
        "service | Service et emplacement | which service uses it, and where, such as"
            + " \"Authentification (front et back office)\"",
        "purpose | Finalités | what it is for, such as \"Se souvenir de la langue du visiteur\"",
      })
  void blankTextIsAnErrorOnItsValue(String element, String column, String hint) {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.Blank",
            "package org.example;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "class Blank {",
            "  @DeclaredCookie(",
            "      provider = " + (element.equals("provider") ? "\" \\t\"" : "\"P\"") + ",",
            "      service = " + (element.equals("service") ? "\"\"" : "\"S\"") + ",",
            "      purpose = " + (element.equals("purpose") ? "\"\\n\"" : "\"U\"") + ",",
            "      category = CookieCategory.NECESSARY)",
            "  static final String NAME = \"blank\";",
            "}");
    Compilation compilation = TestSources.create().withSite().with(source).compile();

    assertDiagnostics(
        compilation,
        error(
            source,
            element + " = ",
            "[cookie-charter:BlankValue] @DeclaredCookie("
                + element
                + ") of cookie \"blank\" is blank, but the charter's \""
                + column
                + "\" column needs it: write "
                + hint));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "'' | it is empty",
        "'*' | a family needs a prefix before its *",
        "'session id' | it contains a blank",
        "'tab\\tname' | it contains the control character U+0009",
        "'caf\\u00e9' | it contains the non-ASCII character U+00E9 é",
        "'line\\u2028sep' | it contains the non-ASCII character U+2028",
        "'a(b' | it contains (",
        "'a)b' | it contains )",
        "'a<b' | it contains <",
        "'a>b' | it contains >",
        "'a@b' | it contains @",
        "'a,b' | it contains ,",
        "'a;b' | it contains ;",
        "'a:b' | it contains :",
        "'a\\\\b' | it contains \\",
        "'a\\\"b' | it contains \"",
        "'a/b' | it contains /",
        "'a[b' | it contains [",
        "'a]b' | it contains ]",
        "'a?b' | it contains ?",
        "'a=b' | it contains =",
        "'a{b' | it contains {",
        "'a}b' | it contains }",
      })
  void nameThatIsNotACookieTokenIsAnErrorOnTheConstant(String literal, String problem) {
    String javaLiteral = literal.substring(1, literal.length() - 1); // as written in Java source
    JavaFileObject source =
        Fixtures.declaring(
            "org.example.Names",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  static final String BAD = \"" + javaLiteral + "\";");
    Compilation compilation = TestSources.create().withSite().with(source).compile();

    String name = constantValue(javaLiteral);
    assertDiagnostics(
        compilation,
        error(
            source,
            "String BAD",
            "[cookie-charter:InvalidCookieName] \""
                + name
                + "\" (org.example.Names.BAD) is not a valid cookie name: "
                + problem
                + TOKEN_RULE));
  }

  @Test
  void everyTokenCharacterIsAcceptedInAName() {
    Compilation compilation =
        TestSources.create()
            .withSite()
            .with(
                Fixtures.declaring(
                    "org.example.Names",
                    "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
                    "      category = CookieCategory.NECESSARY)",
                    "  static final String ALL = \"!#$%&'*+-.^_`|~09azAZ\";",
                    "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
                    "      category = CookieCategory.NECESSARY)",
                    "  static final String FAMILY = \"__Host-*\";"))
            .compile();

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void invalidNameMessageSaysTheRule() {
    JavaFileObject source =
        Fixtures.declaring(
            "org.example.Names",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  static final String BAD = \"a=b\";");
    Compilation compilation = TestSources.create().withSite().with(source).compile();

    assertDiagnostics(
        compilation,
        error(
            source,
            "String BAD",
            "[cookie-charter:InvalidCookieName] \"a=b\" (org.example.Names.BAD) is not a valid"
                + " cookie name: it contains =. A cookie name is an RFC 6265 token: printable ASCII"
                + " without blanks or any of ( ) < > @ , ; : \\ \" / [ ] ? = { }; a final *"
                + " declares a family of names, such as \"_ga_*\""));
  }

  @Test
  void everyStringConstantOfACatalogMustBeDeclared() {
    JavaFileObject catalog =
        JavaFileObjects.forSourceLines(
            "org.example.SiteCookies",
            "package org.example;",
            "import org.cookiecharter.CookieCatalog;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "@CookieCatalog",
            "public final class SiteCookies {",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  public static final String SESSION = \"session\";",
            "  public static final String TRACKER = \"trk\";",
            "  static final String OTHER = \"oth\" + \"er\";",
            "  static final int MAX_AGE = 3600;",
            "  static final String COMPUTED = String.valueOf(1);",
            "  private SiteCookies() {}",
            "}");
    Compilation compilation = TestSources.create().withSite().with(catalog).compile();

    assertDiagnostics(
        compilation,
        error(catalog, "TRACKER", undeclaredInCatalog("TRACKER", "trk")),
        error(catalog, "OTHER", undeclaredInCatalog("OTHER", "other")));
  }

  @Test
  void undeclaredCatalogConstantFollowsTheUndeclaredOption() {
    JavaFileObject catalog =
        JavaFileObjects.forSourceLines(
            "org.example.SiteCookies",
            "package org.example;",
            "@org.cookiecharter.CookieCatalog",
            "final class SiteCookies {",
            "  static final String TRACKER = \"trk\";",
            "}");
    Compilation compilation =
        compile(
            List.of("-Acookiecharter.undeclared=warning"),
            Fixtures.site("https://data.example.org"),
            catalog);

    assertThat(compilation).succeeded();
    assertDiagnostics(
        compilation, warning(catalog, "TRACKER", undeclaredInCatalog("TRACKER", "trk")));
  }

  /** What javac reads from a string literal's text: {@code \\u} escapes, then the others. */
  private static String constantValue(String literal) {
    return java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})")
        .matcher(literal)
        .replaceAll(unicode -> String.valueOf((char) Integer.parseInt(unicode.group(1), 16)))
        .translateEscapes();
  }

  private static String undeclaredInCatalog(String field, String name) {
    return "[cookie-charter:UndeclaredCookie] org.example.SiteCookies."
        + field
        + " is a String constant of @CookieCatalog org.example.SiteCookies, but no @DeclaredCookie"
        + " documents cookie \""
        + name
        + "\": annotate it with @DeclaredCookie(provider, service, purpose, category), or move it"
        + " out of the catalog";
  }
}
