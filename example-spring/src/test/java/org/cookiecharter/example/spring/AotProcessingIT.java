package org.cookiecharter.example.spring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cookiecharter.Json;
import org.junit.jupiter.api.Test;

/**
 * After the package phase: Spring's AOT processing of the portal (spring-boot-maven-plugin's
 * process-aot, as a native build runs it) took the starter's beans ahead of time, and the native
 * image's metadata keeps what the starter and the registry read.
 */
class AotProcessingIT {
  private static final Path AOT = Path.of("target", "spring-aot", "main");

  @Test
  void theStarterIsProcessedAheadOfTimeAndItsResourcesKept() throws Exception {
    Path metadata =
        AOT.resolve(
            "resources/META-INF/native-image/org.cookiecharter/cookie-charter-example-spring/"
                + "reachability-metadata.json");
    Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(metadata, StandardCharsets.UTF_8));
    List<?> resources = (List<?>) json.get("resources");
    for (String glob :
        List.of(
            "META-INF/cookie-charter/**",
            "**/CookieRegistry.cookies",
            "org/cookiecharter/spring/page.html")) {
      assertTrue(resources.contains(Map.of("glob", glob)), glob + " in " + resources);
    }
    assertTrue(
        Files.isRegularFile(
            AOT.resolve(
                "sources/org/cookiecharter/spring/"
                    + "CookieCharterGuardAutoConfiguration__BeanDefinitions.java")));
  }
}
