package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDEs and incremental builds compile only the files that changed, with the module's earlier output
 * on the class path and as the output: the charter they write still lists every cookie.
 */
class IncrementalBuildTest {
  private static final String FIFTH =
      "  @DeclaredCookie(provider = \"Opendatasoft\", service = \"Bandeau\","
          + " purpose = \"Se souvenir du bandeau\", category = CookieCategory.NECESSARY)"
          + " public static final String BANNER = \"banner_closed\";";

  @TempDir Path build;

  @Test
  void compilingSomeFilesAloneWritesTheWholeCharter() throws IOException {
    List<JavaFileObject> all = new ArrayList<>(Stubs.all());
    all.add(Fixtures.site("https://data.example.org"));
    all.add(Fixtures.portalCookies());
    all.add(Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");"));
    DirectoryCompilation full = compile(all.toArray(JavaFileObject[]::new));
    assertDiagnostics(full.reported);
    String fullCharter = full.read(CharterResources.TEXT);
    assertThat(rows(fullCharter)).hasSize(4);

    // A handler changed: compiled alone, the charter it writes is the same.
    JavaFileObject handler =
        Stubs.handler(
            "new jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"v\");",
            "new jakarta.servlet.http.Cookie(\"tracker\", \"v\");");
    DirectoryCompilation handlerAlone = compile(handler);
    assertDiagnostics(
        handlerAlone.reported,
        error(handler, "tracker", undeclaredCookie("tracker", SERVLET_COOKIE)));
    assertThat(handlerAlone.read(CharterResources.TEXT)).isEqualTo(fullCharter);
    JavaFileObject fixed =
        Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"v\");");
    assertDiagnostics(compile(fixed).reported);
    assertThat(full.read(CharterResources.TEXT)).isEqualTo(fullCharter);

    // The declarations changed: compiled alone with one more cookie, the charter has all five.
    JavaFileObject fiveCookies = withFifthCookie(Fixtures.portalCookies());
    DirectoryCompilation declarationsAlone = compile(fiveCookies);
    assertDiagnostics(declarationsAlone.reported);
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
  }

  /** Compiles into the build's folders, with its class output on the class path. */
  private DirectoryCompilation compile(JavaFileObject... sources) {
    return DirectoryCompilation.compile(
        build, List.of(), List.of(build.resolve("classes")), sources);
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
