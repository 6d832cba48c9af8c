package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cookiecharter.processor.diagnostic.Message;
import org.junit.jupiter.api.Test;

/**
 * The README's catalogue of diagnostics and {@link Message} stay in step: a section per tag, with
 * the tag's default severity, and no section for a tag that does not exist.
 */
class DiagnosticCatalogueTest {
  /** The repository's README, from the module's folder where the tests run. */
  private static final Path README = Path.of("..", "README.md");

  /** A section of the catalogue: {@code ### `NotAConstant` (error)}. */
  private static final Pattern SECTION =
      Pattern.compile("^### `(\\w+)` \\((\\w+)", Pattern.MULTILINE);

  @Test
  void everyTagHasASectionWithItsSeverityAndEverySectionATag() throws IOException {
    Map<String, Set<String>> documented = new TreeMap<>();
    Matcher section = SECTION.matcher(catalogue());
    while (section.find()) {
      documented.computeIfAbsent(section.group(1), tag -> new TreeSet<>()).add(section.group(2));
    }
    Map<String, Set<String>> messages = new TreeMap<>();
    for (Message message : Message.values()) {
      messages
          .computeIfAbsent(message.tagName(), tag -> new TreeSet<>())
          .add(message.defaultSeverity().name().toLowerCase(Locale.ROOT));
    }

    assertWithMessage("tags and default severities in README.md's catalogue (## Diagnostics)")
        .that(documented)
        .isEqualTo(messages);
  }

  /** The README's "## Diagnostics" section, up to the next second-level heading. */
  private static String catalogue() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Diagnostics\n");
    assertWithMessage("README.md has a ## Diagnostics section").that(start).isAtLeast(0);
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
