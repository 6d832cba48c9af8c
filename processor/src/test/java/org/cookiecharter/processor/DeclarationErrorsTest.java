package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Field;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declarations that cannot be published: each is one tagged error on the element at fault. */
class DeclarationErrorsTest {
  private static final String NOT_A_CONSTANT =
      "[cookie-charter:NotAConstant] @DeclaredCookie must be on a static final String constant that"
          + " holds the cookie's name, but ";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "public final String NAME = \"n\"; | is not static",
        "public static String NAME = \"n\"; | is not final",
        "public String NAME = \"n\"; | is not static and is not final",
        "public static final int NAME = 1; | has type int, not String",
        "public static final Object NAME = \"n\"; | has type java.lang.Object, not String",
        "public static final String NAME = String.valueOf(1); | has no compile-time constant value",
        "public static final String NAME; static { NAME = \"n\"; } | has no compile-time constant"
            + " value",
      })
  void annotationOnAnythingButAStringConstantIsAnErrorOnTheField(String field, String problem) {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.Bad",
            "package org.example;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "class Bad {",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  " + field,
            "}");
    Compilation compilation = TestSources.create().withSite().with(source).compile();

    assertDiagnostics(
        compilation,
        error(
            source,
            " NAME",
            NOT_A_CONSTANT
                + "org.example.Bad.NAME "
                + problem
                + ". Declare it as: static final String NAME = \"cookie-name\";"));
  }

  @Test
  void enumConstantIsNotAConstantString() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.Flavour",
            "package org.example;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "enum Flavour {",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  CHOCOLATE",
            "}");
    Compilation compilation = TestSources.create().withSite().with(source).compile();

    assertDiagnostics(
        compilation,
        error(
            source,
            "@DeclaredCookie", // javac places an enum constant at its annotations
            NOT_A_CONSTANT
                + "org.example.Flavour.CHOCOLATE is an enum constant. Declare it as: static final"
                + " String CHOCOLATE = \"cookie-name\";"));
  }

  @Test
  void interfaceConstantsAreConstants() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.Names",
            "package org.example;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "interface Names {",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  String SESSION = \"session\" + \"id\";",
            "}");
    Compilation compilation =
        compile(Fixtures.site("org.example", "platform = \"https://e.example\""), source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.generated(compilation, CharterResources.TEXT))
        .contains("\tsessionid\t");
  }

  @Test
  void sameNameDeclaredTwiceIsAnErrorOnTheSecondThatNamesTheFirst() {
    JavaFileObject first =
        Fixtures.declaring("org.a.First", Fixtures.cookie("SESSION", "sessionid", "NECESSARY"));
    JavaFileObject second =
        Fixtures.declaring(
            "org.b.Second",
            Fixtures.cookie("OTHER", "other", "NECESSARY"),
            Fixtures.cookie("AGAIN", "sessionid", "STATISTICS"));
    // The second by charter order, whatever order javac reads them in.
    Compilation compilation = compile(second, Fixtures.site("https://data.example.org"), first);

    assertDiagnostics(
        compilation,
        error(
            second,
            "AGAIN",
            "[cookie-charter:DuplicateCookie] cookie \"sessionid\" is declared twice:"
                + " org.a.First.SESSION already declares it. Keep one declaration and use its"
                + " constant everywhere"));
  }

  @Test
  void secondCharterIsAnErrorThatNamesTheFirst() {
    JavaFileObject first = Fixtures.site("org.a", "platform = \"https://a.example\"");
    JavaFileObject second =
        JavaFileObjects.forSourceLines(
            "org.b.App",
            "package org.b;",
            "@org.cookiecharter.CookieCharter(platform = \"https://b.example\")",
            "class App {}");
    Compilation compilation = compile(second, first);

    assertDiagnostics(
        compilation,
        error(
            second,
            "@org.cookiecharter.CookieCharter",
            "[cookie-charter:DuplicateCharter] @CookieCharter is already on package org.a: a"
                + " compilation publishes one charter. Remove one of them"));
  }

  @Test
  void declarationsOfALibraryCompileUnderWerrorWithoutADiagnostic()
      throws ReflectiveOperationException {
    Compilation compilation =
        compile(List.of("-Werror", "-Acookiecharter.library=true"), Fixtures.portalCookies());

    assertThat(compilation).succeeded();
    assertDiagnostics(compilation);
    // The index entry: a class file whose constants name the declaring class and its fields.
    Class<?> entry =
        new CompiledClassLoader(compilation)
            .loadClass("org.cookiecharter.aggregated.Declares_org_example_portal_PortalCookies");
    Field constant = entry.getDeclaredField("DECLARING_CLASS");
    constant.setAccessible(true);
    assertThat(constant.get(null)).isEqualTo("org.example.portal.PortalCookies");
    Field fields = entry.getDeclaredField("DECLARED_FIELDS");
    fields.setAccessible(true);
    assertThat(fields.get(null)).isEqualTo("SESSION_ID,LANGUAGE,CSRF_TOKEN,COOKIE_PREFERENCES");
    assertThat(entry.getDeclaredFields()).hasLength(2);
    assertThat(entry.getDeclaredConstructors()).isEmpty();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(Compilations.wrote(compilation, CharterResources.TEXT)).isFalse();
  }

  @Test
  void constantOfALocalOrAnonymousClassIsAnErrorOnTheField() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "org.example.portal.Local",
            "package org.example.portal;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "class Local {",
            "  Object cookies() {",
            "    class Names {",
            "      @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "          category = CookieCategory.NECESSARY)",
            "      static final String IN_LOCAL = \"in_local\";",
            "    }",
            "    return new Object() {",
            "      @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "          category = CookieCategory.NECESSARY)",
            "      static final String IN_ANONYMOUS = \"in_anonymous\";",
            "    };",
            "  }",
            "}");
    Compilation compilation =
        TestSources.create().withSite().withPortalCookies().with(source).compile();

    assertDiagnostics(
        compilation,
        error(source, "IN_LOCAL =", localClassDeclaration("IN_LOCAL", "in_local")),
        error(source, "IN_ANONYMOUS =", localClassDeclaration("IN_ANONYMOUS", "in_anonymous")));
  }

  private static String localClassDeclaration(String field, String name) {
    return "[cookie-charter:LocalClassDeclaration] @DeclaredCookie is on "
        + field
        + ", a constant of a local or anonymous class: annotation processing reaches only"
        + " top-level and member classes, so the charter cannot list cookie \""
        + name
        + "\". Move the constant to a top-level class or a member class";
  }

  @Test
  void registryIsStillGeneratedWhenADeclarationIsWrongSoThatItsUsersCompile() {
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "org.example.portal.User",
            "package org.example.portal;",
            "class User { int count() { return CookieRegistry.all().size(); } }");
    JavaFileObject bad =
        Fixtures.declaring(
            "org.example.portal.Bad",
            "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY) static String X = \"x\";");
    Compilation compilation = TestSources.create().withSite().with(user, bad).compile();

    // The one error is ours: User compiled against the registry.
    assertDiagnostics(
        compilation,
        error(
            bad,
            "String X",
            NOT_A_CONSTANT
                + "org.example.portal.Bad.X is not final. Declare it as: static final String X ="
                + " \"cookie-name\";"));
  }
}
