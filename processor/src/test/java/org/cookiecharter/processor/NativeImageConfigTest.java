package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cookiecharter.Json;
import org.junit.jupiter.api.Test;

/**
 * GraalVM's resource configuration of the generated files, so that a native image of the
 * application keeps the charter, cookies.json and the registry's cookies.
 */
class NativeImageConfigTest {
  private static final String CONFIG =
      "META-INF/native-image/cookie-charter/org.example.portal/resource-config.json";

  @Test
  void listsTheCharterFolderAndTheRegistrysCookies() {
    Compilation compilation = TestSources.create().withSite().withPortalCookies().compile();
    assertThat(compilation).succeededWithoutWarnings();

    String config = generated(compilation, CONFIG);
    assertThat(config)
        .isEqualTo(
            "{\n"
                + "  \"resources\": {\n"
                + "    \"includes\": [\n"
                + "      {\"pattern\": \"\\\\QMETA-INF/cookie-charter/\\\\E.*\"},\n"
                + "      {\"pattern\": \"\\\\Qorg/example/portal/CookieRegistry.cookies\\\\E\"}\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
    List<Pattern> patterns =
        ((List<?>) ((Map<?, ?>) ((Map<?, ?>) Json.parse(config)).get("resources")).get("includes"))
            .stream()
                .map(include -> Pattern.compile((String) ((Map<?, ?>) include).get("pattern")))
                .toList();
    for (String resource :
        List.of(
            "META-INF/cookie-charter/cookies.json",
            "META-INF/cookie-charter/charte-cookies.html",
            "META-INF/cookie-charter/consent/klaro-config.js",
            "org/example/portal/CookieRegistry.cookies")) {
      assertThat(patterns.stream().anyMatch(p -> p.matcher(resource).matches())).isTrue();
    }
    assertThat(patterns.stream().anyMatch(p -> p.matcher("META-INF/other.json").matches()))
        .isFalse();
  }

  @Test
  void withoutTheRegistryOnlyTheCharterFolder() {
    Compilation compilation =
        TestSources.create()
            .withSite()
            .withPortalCookies()
            .withOptions("-Acookiecharter.registry=off")
            .compile();

    assertThat(generated(compilation, CONFIG))
        .contains(
            "\"includes\": [\n      {\"pattern\": \"\\\\QMETA-INF/cookie-charter/\\\\E.*\"}\n");
  }
}
