package org.cookiecharter.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The processor's {@code -A} options, all under the {@code cookiecharter.} prefix. */
public final class ProcessorOptions {
  /** Overrides {@code @CookieCharter(platform)}: one code base, one charter per portal. */
  public static final String PLATFORM = "cookiecharter.platform";

  /** Every option the processor reads, as javac needs them listed. */
  public static final Set<String> ALL = Set.of(PLATFORM);

  private final Map<String, String> options;

  public ProcessorOptions(Map<String, String> options) {
    this.options = new HashMap<>(options); // javac maps -Akey and -Akey= to null values
  }

  /**
   * The platform given with {@code -Acookiecharter.platform=URL}. An empty value counts as not
   * given, so a build can always pass {@code -Acookiecharter.platform=${some.property}}.
   */
  public Optional<String> platform() {
    return Optional.ofNullable(options.get(PLATFORM)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
