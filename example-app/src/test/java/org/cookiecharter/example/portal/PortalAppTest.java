package org.cookiecharter.example.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;

/** The command line: {@code --print} and argument errors. */
class PortalAppTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return PortalApp.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printWritesTheGeneratedTextCharterAsUtf8() throws Exception {
    assertEquals(0, run("--print"));

    assertArrayEquals(
        CharterFiles.read(CharterResources.TEXT).getBytes(StandardCharsets.UTF_8),
        out.toByteArray());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\tcookies_preferences\t"));
  }

  @Test
  void badArgumentsPrintUsageAndFail() throws Exception {
    assertEquals(2, run("--port", "eighty"));
    assertEquals(2, run("--port"));
    assertEquals(2, run("--serve"));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.contains("--port needs a number, not eighty"), errors);
    assertTrue(errors.contains("--port needs a value"), errors);
    assertTrue(errors.contains("unknown argument --serve"), errors);
    assertTrue(errors.contains(PortalApp.USAGE), errors);
  }

  @Test
  void helpPrintsUsage() throws Exception {
    assertEquals(0, run("--help"));
    assertEquals(PortalApp.USAGE + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
  }
}
