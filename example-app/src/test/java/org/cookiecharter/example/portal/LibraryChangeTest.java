package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.cookiecharter.example.commons.CommonCookies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's charter follows its library: a cookie added to the library alone, rebuilt, is in the
 * charter of the portal rebuilt against it, with no change to the portal's code.
 */
class LibraryChangeTest {
  private static final Path LIBRARY_SOURCES = Path.of("commons/src/main/java");
  private static final Path PORTAL_SOURCES = Path.of("src/main/java");
  private static final Path COMMON_COOKIES =
      Path.of("org/cookiecharter/example/commons/CommonCookies.java");
  private static final String NEW_COOKIE =
      """
        @DeclaredCookie(
            provider = "Opendatasoft",
            service = "Bandeau d'information",
            purpose = "Se souvenir que le visiteur a fermé le bandeau",
            category = CookieCategory.NECESSARY,
            duration = "P1M")
        public static final String BANNER = "banner_closed";

      """;

  @TempDir Path work;

  @Test
  void cookieAddedToTheLibraryAloneIsInThePortalsRebuiltCharter() throws IOException {
    Path library = JavacBuild.copy(LIBRARY_SOURCES, work.resolve("commons-src"));
    Path commonCookies = library.resolve(COMMON_COOKIES);
    String source = Files.readString(commonCookies, StandardCharsets.UTF_8);
    String end = "  private CommonCookies() {}";
    assertTrue(source.contains(end));
    Files.writeString(commonCookies, source.replace(end, NEW_COOKIE + end), StandardCharsets.UTF_8);

    List<String> withoutLibrary = JavacBuild.classPathWithout(CommonCookies.class);
    Path libraryClasses = work.resolve("commons-classes");
    assertEquals(List.of(), errors(JavacBuild.compile(library, libraryClasses, withoutLibrary)));
    List<String> withNewLibrary = new ArrayList<>(withoutLibrary);
    withNewLibrary.add(libraryClasses.toString());
    Path portalClasses = work.resolve("portal-classes");
    assertEquals(
        List.of(), errors(JavacBuild.compile(PORTAL_SOURCES, portalClasses, withNewLibrary)));

    String before = CharterFiles.read(CharterResources.TEXT); // as Maven built it
    String after =
        Files.readString(portalClasses.resolve(CharterResources.TEXT), StandardCharsets.UTF_8);
    String row =
        "Opendatasoft\tBandeau d'information\tbanner_closed\t1 mois\t"
            + "Se souvenir que le visiteur a fermé le bandeau\n";
    assertFalse(before.contains(row));
    assertTrue(after.contains(row), after);
    // The library's class comes before the portal's: its cookies first, in source order.
    assertTrue(
        after.indexOf("\tdjango_language\t") < after.indexOf("\tbanner_closed\t")
            && after.indexOf("\tbanner_closed\t") < after.indexOf("\tcsrftoken\t"),
        after);
  }

  private static List<String> errors(
      List<javax.tools.Diagnostic<? extends javax.tools.JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(java.util.Locale.ROOT))
        .toList();
  }
}
