package org.cookiecharter.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cookiecharter.Json;
import org.junit.jupiter.api.Test;

/**
 * The properties table of docs/spring-boot.md is the starter's configuration metadata, which
 * Spring's configuration processor writes into the jar for the IDEs: every property, with its
 * default.
 */
class PropertiesDocumentedTest {
  /** The user guide's page, from the module's folder where the tests run. */
  private static final Path PAGE = Path.of("..", "docs", "spring-boot.md");

  @Test
  void theTableListsEveryPropertyWithItsDefault() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String table = page.substring(page.indexOf("## Properties"));
    table = table.substring(0, table.indexOf("\n## ", 1));
    for (String line : table.split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        documented.put(unquoted(cells[1]), unquoted(cells[2]));
      }
    }

    Map<String, String> metadata = new TreeMap<>();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      Map<?, ?> json =
          (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      for (Object property : (List<?>) json.get("properties")) {
        Map<?, ?> fields = (Map<?, ?>) property;
        metadata.put((String) fields.get("name"), String.valueOf(fields.get("defaultValue")));
      }
    }
    assertEquals(metadata, documented);
  }

  private static String unquoted(String cell) {
    String stripped = cell.strip();
    return stripped.startsWith("`") ? stripped.substring(1, stripped.length() - 1) : stripped;
  }
}
