package org.cookiecharter.spring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

/** A native image of the application keeps every file the starter reads. */
class RuntimeHintsTest {
  @Test
  void everyFileTheStarterReadsIsKept() {
    RuntimeHints hints = new RuntimeHints();
    new CookieCharterRuntimeHints().registerHints(hints, getClass().getClassLoader());

    for (String resource :
        List.of(
            "META-INF/cookie-charter/cookies.json",
            "META-INF/cookie-charter/charte-cookies.html",
            "META-INF/cookie-charter/consent/cookieconsent-config.js",
            "org/example/portal/CookieRegistry.cookies",
            "org/cookiecharter/spring/page.html")) {
      assertTrue(RuntimeHintsPredicates.resource().forResource(resource).test(hints), resource);
    }
    assertFalse(
        RuntimeHintsPredicates.resource().forResource("META-INF/other/cookies.json").test(hints));
  }
}
