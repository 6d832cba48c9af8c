package org.cookiecharter.spring;

import org.cookiecharter.CharterResources;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the starter reads at run time, for a native image: the build's charter folder, the
 * registry's cookies and the starter's page template. (The processor also writes GraalVM's resource
 * configuration of what it generates, for an application without the starter.)
 */
final class CookieCharterRuntimeHints implements RuntimeHintsRegistrar {
  @Override
  public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
    hints
        .resources()
        .registerPattern(CharterResources.DIRECTORY + "**")
        .registerPattern("**/CookieRegistry.cookies")
        .registerPattern("org/cookiecharter/spring/page.html");
  }
}
