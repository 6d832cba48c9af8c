package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void readsEveryKindOfValue() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("text", "a\"\\/\b\f\n\r\t\u00e9\ud83c\udf6a");
    expected.put("numbers", List.of(new BigDecimal("0"), new BigDecimal("-12.5e+3")));
    expected.put("flags", Arrays.asList(true, false, null));
    expected.put("empty", Map.of());
    assertEquals(
        expected,
        Json.parse(
            " {\"text\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83c\\udf6a\", \"numbers\": [0,"
                + " -12.5e+3], \"flags\": [true, false, null], \"empty\": {}}\n"));
  }

  @Test
  void refusesWhatIsNotOneJsonValue() {
    for (String text :
        List.of(
            "",
            "{",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1,]",
            "[1] 2",
            "'a'",
            "\"\\x\"",
            "\"\\u12\"",
            "\"tab\there\"",
            "01x",
            "-",
            "1.",
            "tru",
            "{1: 2}")) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
      assertEquals(true, refused.getMessage().startsWith("not JSON: "), refused.getMessage());
    }
  }

  @Test
  void refusesDeepNestingWithoutExhaustingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
    assertEquals("not JSON: nested deeper than 32 at character 33", refused.getMessage());
  }
}
