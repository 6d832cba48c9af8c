package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCatalog;
import org.cookiecharter.CookieCharter;
import org.cookiecharter.DeclaredCookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Gradle's incremental compilation needs of an aggregating processor, tested without Gradle
 * (not installed here): the processor says it is aggregating; the annotations it reads keep to the
 * class files; and when Gradle recompiles a changed file, it has the processor process the
 * unchanged classes again, from their class files, and the charter must be the same.
 */
class GradleIncrementalTest {
  @TempDir Path build;

  @Test
  void processorDeclaresItselfAggregating() throws IOException {
    try (InputStream in =
        CookieCharterProcessor.class
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(CookieCharterProcessor.class.getName() + ",aggregating\n");
    }
  }

  /** Gradle rebuilds everything when an aggregating processor reads a source-only annotation. */
  @Test
  void annotationsAreInTheClassFiles() {
    for (Class<? extends Annotation> annotation :
        List.of(DeclaredCookie.class, CookieCharter.class, CookieCatalog.class)) {
      assertThat(annotation.getAnnotation(Retention.class).value())
          .isNotEqualTo(RetentionPolicy.SOURCE);
    }
  }

  @Test
  void unchangedClassesProcessedFromTheirClassFilesGiveTheSameCharter() {
    DirectoryCompilation full =
        TestSources.create()
            .withStubs()
            .withSite()
            .withPortalCookies()
            .with(EscapingTest.tricky())
            .with(
                Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.SESSION_ID, \"v\");"))
            .compileIn(build, List.of());
    assertDiagnostics(full.reported);
    String charter = full.read(CharterResources.JSON);

    DirectoryCompilation incremental =
        DirectoryCompilation.compileAndProcessClasses(
            build,
            List.of(build.resolve("classes")),
            List.of("org.example.portal.PortalCookies", "org.example.portal.Tricky"),
            Stubs.handler("new jakarta.servlet.http.Cookie(PortalCookies.LANGUAGE, \"v\");"));

    assertDiagnostics(incremental.reported);
    assertThat(incremental.read(CharterResources.JSON)).isEqualTo(charter);
  }
}
