package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: a generated file compared byte for byte with its copy under {@code
 * src/test/resources/golden}. With {@code -Dcookiecharter.regenerateGolden=true}, the test writes
 * what was generated into the golden file instead, and fails, so that a regenerating run never
 * passes: review the files' diff, then run again without it.
 *
 * <pre>{@code
 * mvn -pl processor test -Dtest='GoldenOutputTest,EnglishPolicyTest' -Dcookiecharter.regenerateGolden=true
 * }</pre>
 */
final class Golden {
  static final String REGENERATE = "cookiecharter.regenerateGolden";

  private Golden() {}

  /** Asserts that {@code generated} equals the golden file {@code name} (under the resources). */
  static void assertMatches(String generated, String name) {
    if (Boolean.getBoolean(REGENERATE)) {
      Path file = Path.of("src/test/resources").resolve(name);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new AssertionError(
          "rewrote the golden file "
              + file.toAbsolutePath()
              + " (-D"
              + REGENERATE
              + "=true): review its diff, then run again without the option");
    }
    assertThat(generated).isEqualTo(Compilations.resource(name));
  }
}
