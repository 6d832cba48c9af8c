package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each form a declaration is written in keeps every attribute of {@link CookieDefinition}: the
 * registry's binary file ({@link CookieIndex}) and {@code cookies.json} ({@link CookiesJson}). An
 * attribute added to the definition fails {@link #theSampleSetsEveryAttribute} until the sample
 * sets it, and then each form until it keeps it.
 */
class DeclarationFormsTest {
  /** Every attribute away from its default, with text no encoding may lose. */
  private static final CookieDefinition EVERYTHING =
      new CookieDefinition(
          "_pk_id.*",
          "Matomo \"hébergé\" <&> \\ \u2028 \uD83C\uDF6A",
          "Mesure\td'audience\n(toutes les pages)",
          "Distinguer les visiteurs \uFDD0 \u0000",
          CookieCategory.STATISTICS,
          Optional.of(CookieLifetime.parse("P13M")),
          true,
          Map.of(
              "en", new CookieTranslation("Audience", "Tells visitors apart"),
              "de", new CookieTranslation("Reichweite", "Unterscheidet Besucher")),
          CookieStorage.LOCAL_STORAGE);

  /** Every attribute at its default. */
  private static final CookieDefinition PLAIN =
      new CookieDefinition("sessionid", "P", "S", "U", CookieCategory.NECESSARY);

  @Test
  void theSampleSetsEveryAttribute() throws ReflectiveOperationException {
    for (RecordComponent component : CookieDefinition.class.getRecordComponents()) {
      assertNotEquals(
          component.getAccessor().invoke(PLAIN),
          component.getAccessor().invoke(EVERYTHING),
          component.getName());
    }
  }

  @Test
  void theRegistryFileKeepsEveryAttribute() throws Exception {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CookieIndex.of(List.of(EVERYTHING, PLAIN)).write(written);

    assertEquals(
        List.of(EVERYTHING, PLAIN),
        CookieIndex.read(new ByteArrayInputStream(written.toByteArray()), "test").all());
  }

  @Test
  void cookiesJsonKeepsEveryAttribute() {
    String json =
        CookiesJson.write(
            "https://data.example.org",
            ConsentFingerprints.of(List.of(EVERYTHING, PLAIN), 3),
            List.of(
                new CookiesJson.Entry(EVERYTHING, "org.example.Cookies"),
                new CookiesJson.Entry(PLAIN, "org.example.Cookies")));

    assertEquals(List.of(EVERYTHING, PLAIN), CookiesJson.read(json));
    CookiesJson.Document document = CookiesJson.readDocument(json);
    assertEquals("https://data.example.org", document.platform());
    assertEquals(3, document.purposeEdition());
    assertEquals(ConsentFingerprints.of(List.of(PLAIN, EVERYTHING), 3), document.fingerprints());
  }

  @Test
  void aDocumentWrittenBeforeTheConsentFingerprintsHasEditionZero() {
    CookiesJson.Document document =
        CookiesJson.readDocument("{\"platform\": \"p\", \"cookies\": []}");

    assertEquals(0, document.purposeEdition());
    assertEquals(List.of(), document.cookies());
  }

  @Test
  void anEmptyListIsADocumentToo() {
    String empty = CookiesJson.write("p", ConsentFingerprints.of(List.of(), 0), List.of());
    assertEquals(
        "{\n"
            + "  \"platform\": \"p\",\n"
            + "  \"consent\": {\n"
            + "    \"purposeEdition\": 0,\n"
            + "    \"revision\": "
            + ConsentFingerprints.of(List.of(), 0).revision()
            + ",\n"
            + "    \"fingerprints\": {}\n"
            + "  },\n"
            + "  \"cookies\": []\n"
            + "}\n",
        empty);
    assertEquals(List.of(), CookiesJson.read(empty));
  }

  @Test
  void aDocumentThatIsNotOneSaysWhy() {
    assertEquals("no \"cookies\" list", reason("{}"));
    assertEquals(
        "a \"consent\" whose \"purposeEdition\" is not a whole number from 0: -1",
        reason("{\"consent\": {\"purposeEdition\": -1}, \"cookies\": []}"));
    assertEquals(
        "a \"consent\" whose \"purposeEdition\" is not a whole number from 0: 1.5",
        reason("{\"consent\": {\"purposeEdition\": 1.5}, \"cookies\": []}"));
    assertEquals("cookie 0 is not an object", reason("{\"cookies\": [1]}"));
    assertEquals("cookie 0 has no text \"provider\"", reason("{\"cookies\": [{\"name\": \"a\"}]}"));
    assertEquals(
        "cookie 0 has a \"category\" that cookie-charter does not write: SOMETIMES",
        reason(cookie("\"category\": \"SOMETIMES\"")));
    assertEquals(
        "cookie 0 has a \"duration\" that cookie-charter does not write: forever",
        reason(cookie("\"category\": \"NECESSARY\", \"duration\": \"forever\"")));
    assertEquals(
        "cookie 0 has a \"storage\" that cookie-charter does not write: indexedDB",
        reason(cookie("\"category\": \"NECESSARY\", \"storage\": \"indexedDB\"")));
    assertEquals(
        "cookie 0 has a \"exempt\" that cookie-charter does not write: cookie \"a\": only a"
            + " STATISTICS cookie may be exempt, not NECESSARY",
        reason(cookie("\"category\": \"NECESSARY\", \"exempt\": true")));
    assertEquals("not JSON: a value is missing at character 0", reason(""));
  }

  private static String cookie(String fields) {
    return "{\"cookies\": [{\"name\": \"a\", \"provider\": \"p\", \"service\": \"s\","
        + " \"purpose\": \"u\", "
        + fields
        + "}]}";
  }

  private static String reason(String json) {
    return assertThrows(IllegalArgumentException.class, () -> CookiesJson.read(json)).getMessage();
  }
}
