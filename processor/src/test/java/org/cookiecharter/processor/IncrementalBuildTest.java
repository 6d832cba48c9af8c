package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.note;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieIndex;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IDEs and incremental builds compile only the files that changed, with the module's earlier output
 * on the class path and as the output: the charter they write still lists every cookie. So does a
 * build that compiles every file again over its output without a clean (a script, an IDE). Under
 * javac, and under Eclipse's compiler, which will not write a source for a class it finds on the
 * class path: the registry already there is kept where it is the one it would write.
 */
class IncrementalBuildTest {
  private static final String FIFTH =
      "  @DeclaredCookie(provider = \"Opendatasoft\", service = \"Bandeau\","
          + " purpose = \"Se souvenir du bandeau\", category = CookieCategory.NECESSARY)"
          + " public static final String BANNER = \"banner_closed\";";

  private static final String CALLS_NOT_CHECKED =
      "[cookie-charter:CallsNotChecked] cookie-setting calls were not checked for undeclared"
          + " cookies: the processing environment,"
          + " org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl, is not"
          + " javac's and wraps none that cookie-charter can find (Eclipse's compiler, or a"
          + " build tool's wrapper). The registry and the charter are generated as usual";

  @TempDir Path build;

  /** The compilers that run the processor. */
  enum Compiler {
    JAVAC(ToolProvider.getSystemJavaCompiler()),
    ECJ(new EclipseCompiler());

    final JavaCompiler tool;

    Compiler(JavaCompiler tool) {
      this.tool = tool;
    }
  }

  private Compiler compiler;

  @ParameterizedTest
  @EnumSource(Compiler.class)
  void compilingSomeFilesAloneWritesTheWholeCharter(Compiler compiler) throws IOException {
    this.compiler = compiler;
    JavaFileObject[] everything =
        TestSources.create()
            .withStubs()
            .withSite()
            .withPortalCookies()
            .with(
                Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");"))
            .sources();
    DirectoryCompilation full = compile(everything);
    assertCompiled(full);
    String fullCharter = full.read(CharterResources.TEXT);
    assertThat(rows(fullCharter)).hasSize(4);
    byte[] registry = registryClass();

    // Every file again, over the earlier output: the same outputs.
    DirectoryCompilation again = compile(everything);
    assertCompiled(again);
    assertThat(again.read(CharterResources.TEXT)).isEqualTo(fullCharter);
    assertThat(registryClass()).isEqualTo(registry);

    // A handler changed: compiled alone, the charter it writes is the same.
    JavaFileObject handler =
        Stubs.handler(
            "new jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"v\");",
            "new jakarta.servlet.http.Cookie(\"tracker\", \"v\");");
    DirectoryCompilation handlerAlone = compile(handler);
    if (compiler == Compiler.JAVAC) {
      JavaFileObject onDisk =
          JavaFileObjects.forResource(
              build.resolve("src/org/example/web/Handler.java").toUri().toURL());
      assertDiagnostics(
          handlerAlone.reported,
          error(onDisk, "tracker", undeclaredCookie("tracker", SERVLET_COOKIE)));
    } else {
      assertCompiled(handlerAlone);
    }
    assertThat(handlerAlone.read(CharterResources.TEXT)).isEqualTo(fullCharter);
    JavaFileObject fixed =
        Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"v\");");
    assertCompiled(compile(fixed));
    assertThat(full.read(CharterResources.TEXT)).isEqualTo(fullCharter);

    // The declarations changed: compiled alone with one more cookie, the charter has all five.
    JavaFileObject fiveCookies = withFifthCookie(Fixtures.portalCookies());
    DirectoryCompilation declarationsAlone = compile(fiveCookies);
    assertCompiled(declarationsAlone);
    String charter = declarationsAlone.read(CharterResources.TEXT);
    assertThat(rows(charter))
        .containsExactly(
            "sessionid", "django_language", "csrftoken", "cookies_preferences", "banner_closed")
        .inOrder();
    String cookies = "org/example/portal/CookieRegistry.cookies";
    try (InputStream in = Files.newInputStream(build.resolve("classes").resolve(cookies))) {
      assertThat(CookieIndex.read(in, cookies).all().stream().map(CookieDefinition::name).toList())
          .containsExactly(
              "sessionid", "django_language", "csrftoken", "cookies_preferences", "banner_closed")
          .inOrder();
    }
    assertThat(registryClass()).isEqualTo(registry);
  }

  /**
   * The site compiled alone with another platform: javac writes the registry again; Eclipse's
   * compiler cannot, and says what to do rather than leave the old platform in it.
   */
  @ParameterizedTest
  @EnumSource(Compiler.class)
  void anotherPlatformCompiledAloneIsWrittenOrAnErrorThatSaysToBuildFromClean(Compiler compiler)
      throws IOException {
    this.compiler = compiler;
    assertCompiled(
        compile(TestSources.create().withStubs().withSite().withPortalCookies().sources()));

    DirectoryCompilation site =
        compile(TestSources.create().withSite("https://data.example.com").sources());

    if (compiler == Compiler.JAVAC) {
      assertDiagnostics(site.reported);
      assertThat(site.read(CharterResources.TEXT)).contains("https://data.example.com");
      assertThat(
              Files.readString(
                  build.resolve("generated-sources/org/example/portal/CookieRegistry.java")))
          .contains("\"https://data.example.com\"");
    } else {
      assertDiagnostics(
          site.reported,
          error(
              "[cookie-charter:WriteFailed] cannot write org.example.portal.CookieRegistry: the"
                  + " compiler refuses (Source file already exists :"
                  + " org.example.portal.CookieRegistry), as it already has a class of that name,"
                  + " and not the one cookie-charter writes now. Eclipse's compiler does not write"
                  + " again a class that it finds on the class path: if an earlier build left it"
                  + " in the class output, build the module again from clean. If your sources have"
                  + " a class of that name, rename it: cookie-charter generates its registry"
                  + " there"),
          note(CALLS_NOT_CHECKED));
      assertThat(site.success).isFalse();
    }
  }

  private byte[] registryClass() throws IOException {
    return Files.readAllBytes(build.resolve("classes/org/example/portal/CookieRegistry.class"));
  }

  private void assertCompiled(DirectoryCompilation compilation) {
    if (compiler == Compiler.JAVAC) {
      assertDiagnostics(compilation.reported);
    } else {
      assertDiagnostics(compilation.reported, note(CALLS_NOT_CHECKED));
    }
  }

  /** Compiles into the build's folders, with its class output on the class path. */
  private DirectoryCompilation compile(JavaFileObject... sources) {
    return DirectoryCompilation.compileFromDisk(
        compiler.tool,
        build,
        List.of("--release", "17", "-encoding", "UTF-8"),
        List.of(build.resolve("classes")),
        sources);
  }

  /** The cookie names of the text charter's tables, in order. */
  private static List<String> rows(String charter) {
    List<String> names = new ArrayList<>();
    for (String line : charter.split("\n")) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && !cells[0].equals("Nom du prestataire")) {
        names.add(cells[2]);
      }
    }
    return names;
  }

  private static JavaFileObject withFifthCookie(JavaFileObject portalCookies) {
    try {
      String source = portalCookies.getCharContent(true).toString();
      String end = "  private PortalCookies() {}";
      return JavaFileObjects.forSourceString(
          "org.example.portal.PortalCookies", source.replace(end, FIFTH + "\n\n" + end));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
