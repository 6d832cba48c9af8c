package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;

import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries in named modules ({@code module-info.java}): each records its index in a package named
 * after its module, as two modules may not share a package, and the application, itself a named
 * module, finds both libraries' cookies.
 */
class NamedModuleLibrariesTest {
  @TempDir Path work;

  @Test
  void applicationModuleListsTheCookiesOfTwoLibraryModules() throws IOException {
    Path annotations = annotationsModule();
    Path commons =
        library(
            "commons",
            annotations,
            "com.acme.commons",
            "com.acme.commons.CommonCookies",
            "sessionid");
    Path other =
        library("other", annotations, "com.acme.other", "com.acme.other.OtherCookies", "_pk_id");

    DirectoryCompilation app =
        DirectoryCompilation.compile(
            work.resolve("app"),
            List.of("--module-path", modulePath(annotations, commons, other)),
            List.of(),
            JavaFileObjects.forSourceLines(
                "module-info",
                "module org.example.app {",
                "  requires org.cookiecharter;",
                "  requires com.acme.commons;",
                "  requires com.acme.other;",
                "}"),
            Fixtures.site("org.example.app", "platform = \"https://data.example.org\""),
            Fixtures.declaring(
                "org.example.app.AppCookies",
                Fixtures.cookie("LANGUAGE", "django_language", "NECESSARY")));

    assertDiagnostics(app.reported);
    String json = app.read(CharterResources.JSON);
    assertThat(json).contains("\"declaredIn\": \"com.acme.commons.CommonCookies\"");
    assertThat(json).contains("\"declaredIn\": \"com.acme.other.OtherCookies\"");
    assertThat(json).contains("\"declaredIn\": \"org.example.app.AppCookies\"");
  }

  /** A library module that declares one cookie, compiled with the processor into a jar. */
  private Path library(
      String name, Path annotations, String module, String className, String cookie) {
    String packageName = className.substring(0, className.lastIndexOf('.'));
    DirectoryCompilation library =
        DirectoryCompilation.compile(
            work.resolve(name),
            List.of("--module-path", annotations.toString()),
            List.of(),
            JavaFileObjects.forSourceLines(
                "module-info",
                "module " + module + " {",
                "  requires static org.cookiecharter;",
                "  exports " + packageName + ";",
                "}"),
            Fixtures.declaring(className, Fixtures.cookie("NAME", cookie, "NECESSARY")));
    assertThat(library.success).isTrue();
    assertThat(
            library.wrote(
                "org/cookiecharter/aggregated/module_"
                    + module.replace('.', '_')
                    + "/Declares_"
                    + className.replace('.', '_')
                    + ".class"))
        .isTrue();
    return library.jar(work.resolve(name + ".jar"));
  }

  /** The annotations as the module {@code org.cookiecharter}: their jar, as Maven ships it. */
  private Path annotationsModule() throws IOException {
    Path location;
    try {
      location =
          Path.of(
              CookieDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isRegularFile(location)) {
      return location; // the jar, with its Automatic-Module-Name
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", "org.cookiecharter");
    return DirectoryCompilation.jar(
        location, work.resolve("cookie-charter-annotations.jar"), manifest);
  }

  private static String modulePath(Path... jars) {
    List<String> entries = new ArrayList<>();
    for (Path jar : jars) {
      entries.add(jar.toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
