package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.note;

import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.cookiecharter.CharterResources;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ECJ, as the Eclipse IDE and Maven's plexus-compiler-eclipse run it) runs the
 * processor too: the registry, the index and the charter are javac's, byte for byte, and the calls,
 * which need javac's trees, are not checked, with one note that says so.
 */
class EclipseCompilerTest {
  private static final List<String> OPTIONS = List.of("--release", "17", "-encoding", "UTF-8");

  @TempDir Path work;

  @Test
  void outputsAreJavacsByteForByteWithOneNote() {
    JavaFileObject[] sources = ReproducibleBuildTest.sources().toArray(JavaFileObject[]::new);
    DirectoryCompilation javac =
        DirectoryCompilation.compileFromDisk(
            ToolProvider.getSystemJavaCompiler(), work.resolve("javac"), OPTIONS, sources);
    DirectoryCompilation ecj =
        DirectoryCompilation.compileFromDisk(
            new EclipseCompiler(), work.resolve("ecj"), OPTIONS, sources);

    assertDiagnostics(javac.reported);
    assertThat(ecj.success).isTrue();
    assertDiagnostics(
        ecj.reported,
        note(
            "[cookie-charter:CallsNotChecked] cookie-setting calls were not checked for undeclared"
                + " cookies: the processing environment,"
                + " org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl, is not"
                + " javac's and wraps none that cookie-charter can find (Eclipse's compiler, or a"
                + " build tool's wrapper). The registry and the charter are generated as usual"));
    assertThat(ecj.outputDigests()).isEqualTo(javac.outputDigests());
    assertThat(ecj.outputDigests()).hasSize(javac.outputDigests().size());
    assertThat(ecj.wrote("org/example/portal/CookieRegistry.class")).isTrue();
  }

  /**
   * A library's class file, whose fields Eclipse's compiler lists by name: its cookies are in
   * source order all the same, the order its index entry records, as under javac.
   */
  @Test
  void aLibrarysCookiesAreInSourceOrderAsUnderJavac() {
    Path library =
        DirectoryCompilation.compile(
                work.resolve("library"),
                List.of("-Acookiecharter.library=true"),
                Fixtures.declaring(
                    "com.acme.commons.CommonCookies",
                    Fixtures.cookie("ZULU", "zulu", "NECESSARY"),
                    Fixtures.cookie("ALPHA", "alpha", "NECESSARY"),
                    Fixtures.cookie("MIKE", "mike", "NECESSARY")))
            .jar(work.resolve("commons.jar"));
    JavaFileObject site = Fixtures.site("https://data.example.org");
    DirectoryCompilation javac =
        DirectoryCompilation.compileFromDisk(
            ToolProvider.getSystemJavaCompiler(),
            work.resolve("javac"),
            OPTIONS,
            List.of(library),
            site);
    DirectoryCompilation ecj =
        DirectoryCompilation.compileFromDisk(
            new EclipseCompiler(), work.resolve("ecj"), OPTIONS, List.of(library), site);

    assertThat(ecj.success).isTrue();
    assertThat(javac.read(CharterResources.JSON))
        .containsMatch("(?s)\"zulu\".*\"alpha\".*\"mike\"");
    assertThat(ecj.outputDigests()).isEqualTo(javac.outputDigests());
  }
}
