package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.generated;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieDefinition;
import org.junit.jupiter.api.Test;

/**
 * A registry of more cookies than one class file could hold as constants (65,535) or initialise in
 * one method (64 KiB of code) lists them all, in order: they are in a file beside the class.
 */
class LargeRegistryTest {
  private static final int COOKIES = 3_001;

  @Test
  void registryOfManyCookiesCompilesAndListsThemAllInOrder() throws Exception {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < COOKIES; i++) {
      // Distinct strings everywhere, the worst case for the constant pool.
      fields.add(
          String.format(
              "  @DeclaredCookie(provider = \"provider %1$d\", service = \"service %1$d\","
                  + " purpose = \"purpose %1$d\", category = CookieCategory.NECESSARY)"
                  + " static final String C%1$d = \"cookie_%1$d\";",
              i));
    }
    Compilation compilation =
        TestSources.create()
            .withSite()
            .with(Fixtures.declaring("org.example.portal.Many", fields.toArray(String[]::new)))
            .compile();
    assertThat(compilation).succeededWithoutWarnings();

    CompiledClassLoader portal = new CompiledClassLoader(compilation);
    @SuppressWarnings("unchecked")
    List<CookieDefinition> all =
        (List<CookieDefinition>) portal.call("org.example.portal.CookieRegistry", "all");
    assertThat(all).hasSize(COOKIES);
    for (int i = 0; i < COOKIES; i++) {
      assertThat(all.get(i).name()).isEqualTo("cookie_" + i);
      assertThat(all.get(i).purpose()).isEqualTo("purpose " + i);
    }
    Optional<?> last =
        (Optional<?>) portal.call("org.example.portal.CookieRegistry", "find", "cookie_1000");
    assertThat(last.map(cookie -> ((CookieDefinition) cookie).service()))
        .isEqualTo(Optional.of("service 1000"));
    assertThat(
            generated(compilation, CharterResources.TEXT)
                .lines()
                .filter(l -> l.startsWith("provider "))
                .count())
        .isEqualTo(COOKIES);
  }
}
