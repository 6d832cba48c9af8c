package org.cookiecharter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookieTranslation;
import org.junit.jupiter.api.Test;

/** The declarations of the test class path's cookies.json, which the processor wrote. */
class DeclaredCookiesTest {
  private final DeclaredCookies declared =
      DeclaredCookies.fromClassPath(getClass().getClassLoader());

  /** The fingerprints from which the build wrote CookieConsent's revision, as the file says. */
  @Test
  void keepsTheConsentFingerprintsOfTheFileButNotOfAListInCode() {
    ConsentFingerprints consent = declared.consent().orElseThrow();

    assertEquals(987728641, consent.revision());
    assertEquals(Map.of("third_party", "60fa43ed28303ce1"), consent.byCategory());
    assertEquals(Optional.empty(), DeclaredCookies.of(declared.all()).consent());
  }

  @Test
  void readsEveryDeclarationOfTheGeneratedFile() {
    assertEquals(
        List.of(
            "sessionid",
            "django_language",
            "csrftoken",
            "cookies_preferences",
            "form_token",
            "_pk_id.*",
            "_pk_ses.*",
            "VISITOR_INFO1_LIVE",
            "tricky$.^|x_*"),
        declared.all().stream().map(CookieDefinition::name).collect(Collectors.toList()));
    assertEquals(
        new CookieDefinition(
            "_pk_id.*",
            "Matomo (hébergé par la plateforme)",
            "Mesure d'audience (toutes les pages)",
            "Distinguer les visiteurs pour des statistiques anonymes de fréquentation",
            CookieCategory.STATISTICS,
            Optional.of(CookieLifetime.parse("P13M")),
            true,
            Map.of(
                "en",
                new CookieTranslation(
                    "Audience measurement (every page)",
                    "Tells visitors apart for anonymous visit statistics"))),
        declared.find("_pk_id.1.1fff").orElseThrow());
    assertEquals("third_party", declared.find("VISITOR_INFO1_LIVE").get().consentCategory());
  }

  @Test
  void findsANameOrTheFamilyThatCoversIt() {
    assertEquals("csrftoken", declared.find("csrftoken").get().name());
    assertEquals("_pk_ses.*", declared.find("_pk_ses.9").get().name());
    assertEquals("tricky$.^|x_*", declared.find("tricky$.^|x_1").get().name());
    assertEquals(Optional.empty(), declared.find("_pk_id"));
    // The longest prefix wins, whatever the order of the declarations.
    DeclaredCookies families =
        DeclaredCookies.of(List.of(family("_pk_*"), family("_pk_id.*"), family("_p*")));
    assertEquals("_pk_id.*", families.find("_pk_id.1").get().name());
    assertEquals("_pk_*", families.find("_pk_ses.1").get().name());
    assertEquals("_p*", families.find("_pa").get().name());
    assertEquals(Optional.empty(), declared.find("CSRFTOKEN"));
  }

  private static CookieDefinition family(String name) {
    return new CookieDefinition(
        name,
        "Matomo",
        "Statistiques",
        "Compter",
        CookieCategory.STATISTICS,
        Optional.empty(),
        false,
        Map.of());
  }

  @Test
  void aStorageKeyOfCookiesJsonIsNotACookie() {
    DeclaredCookies declared =
        DeclaredCookies.fromJson(
            "{\"cookies\": [{\"name\": \"view\", \"provider\": \"P\", \"service\": \"S\","
                + " \"purpose\": \"P\", \"category\": \"NECESSARY\", \"storage\":"
                + " \"localStorage\"}]}",
            "test.json");
    assertEquals(org.cookiecharter.CookieStorage.LOCAL_STORAGE, declared.all().get(0).storage());
    assertEquals(java.util.Optional.empty(), declared.find("view"));
  }

  @Test
  void saysWhatIsWrongWithAFileItCannotUse() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> DeclaredCookies.fromClassPath(new URLClassLoader(new URL[0], null)));
    assertEquals(
        "META-INF/cookie-charter/cookies.json is not on the class path: build the application"
            + " with the cookie-charter processor, or give the declarations in code",
        missing.getMessage());
    assertEquals(
        "test.json is not cookie-charter's cookies.json: no \"cookies\" list",
        assertThrows(IllegalStateException.class, () -> DeclaredCookies.fromJson("{}", "test.json"))
            .getMessage());
    assertEquals(
        "test.json is not cookie-charter's cookies.json: cookie 0 has no text \"provider\"",
        assertThrows(
                IllegalStateException.class,
                () -> DeclaredCookies.fromJson("{\"cookies\": [{\"name\": \"a\"}]}", "test.json"))
            .getMessage());
    String twice =
        "{\"cookies\": [{\"name\": \"a\", \"provider\": \"p\", \"service\": \"s\","
            + " \"purpose\": \"u\", \"category\": \"NECESSARY\"}, {\"name\": \"a\","
            + " \"provider\": \"p\", \"service\": \"s\", \"purpose\": \"u\", \"category\":"
            + " \"NECESSARY\"}]}";
    assertEquals(
        "test.json is not cookie-charter's cookies.json: cookie \"a\" is declared twice",
        assertThrows(
                IllegalStateException.class, () -> DeclaredCookies.fromJson(twice, "test.json"))
            .getMessage());
    assertEquals(
        "test.json is not cookie-charter's cookies.json: not JSON: a value is missing at"
            + " character 0",
        assertThrows(IllegalStateException.class, () -> DeclaredCookies.fromJson("", "test.json"))
            .getMessage());
  }
}
