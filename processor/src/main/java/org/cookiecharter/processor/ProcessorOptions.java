package org.cookiecharter.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import org.cookiecharter.processor.sites.Sink;

/**
 * The processor's {@code -A} options, all under the {@code cookiecharter.} prefix. A value that
 * cannot be used is a {@link Problem}, and the option keeps its default.
 */
public final class ProcessorOptions {
  /** Overrides {@code @CookieCharter(platform)}: one code base, one charter per portal. */
  public static final String PLATFORM = "cookiecharter.platform";

  /** How an undeclared cookie is reported: {@code error} (default) or {@code warning}. */
  public static final String UNDECLARED = "cookiecharter.undeclared";

  /**
   * How a cookie name computed at run time is reported: {@code error}, {@code warning} (default)
   * or {@code ignore}.
   */
  public static final String COMPUTED = "cookiecharter.computed";

  /** The project's own cookie-setting methods: {@code com.acme.Cookies#set(0),...}. */
  public static final String SINKS = "cookiecharter.sinks";

  /** Every option the processor reads, as javac needs them listed. */
  public static final Set<String> ALL = Set.of(PLATFORM, UNDECLARED, COMPUTED, SINKS);

  private final Map<String, String> options;
  private final List<Problem> problems = new ArrayList<>();
  private final Diagnostic.Kind undeclared;
  private final Optional<Diagnostic.Kind> computed;
  private final List<Sink> sinks;

  /** An option value that cannot be used, and why. */
  public record Problem(String option, String value, String reason) {}

  public ProcessorOptions(Map<String, String> options) {
    this.options = new HashMap<>(options); // javac maps -Akey and -Akey= to null values
    this.undeclared =
        severity(UNDECLARED, Map.of("error", Diagnostic.Kind.ERROR, "warning", Diagnostic.Kind.WARNING), "error");
    Map<String, Diagnostic.Kind> computedKinds = new HashMap<>();
    computedKinds.put("error", Diagnostic.Kind.ERROR);
    computedKinds.put("warning", Diagnostic.Kind.WARNING);
    computedKinds.put("ignore", null); // no report
    this.computed = Optional.ofNullable(severity(COMPUTED, computedKinds, "warning"));
    this.sinks = parseSinks();
  }

  /**
   * The platform given with {@code -Acookiecharter.platform=URL}. An empty value counts as not
   * given, so a build can always pass {@code -Acookiecharter.platform=${some.property}}.
   */
  public Optional<String> platform() {
    return value(PLATFORM);
  }

  /** How to report an undeclared cookie. */
  public Diagnostic.Kind undeclared() {
    return undeclared;
  }

  /** How to report a computed cookie name; empty to not report them. */
  public Optional<Diagnostic.Kind> computed() {
    return computed;
  }

  /** The project's own cookie-setting methods. */
  public List<Sink> sinks() {
    return sinks;
  }

  /** The values that could not be used, to report. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  private Optional<String> value(String option) {
    return Optional.ofNullable(options.get(option)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The kind the option names; its default if it is not given or is not one of {@code allowed}. */
  private Diagnostic.Kind severity(
      String option, Map<String, Diagnostic.Kind> allowed, String defaultValue) {
    String given = value(option).map(v -> v.toLowerCase(Locale.ROOT)).orElse(defaultValue);
    if (!allowed.containsKey(given)) {
      problems.add(
          new Problem(
              option,
              options.get(option),
              "use one of " + String.join(", ", allowed.keySet().stream().sorted().toList())));
      given = defaultValue;
    }
    return allowed.get(given);
  }

  private List<Sink> parseSinks() {
    List<Sink> parsed = new ArrayList<>();
    for (String spec : value(SINKS).orElse("").split(",")) {
      if (spec.isBlank()) {
        continue;
      }
      try {
        parsed.add(Sink.parse(spec));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(SINKS, options.get(SINKS), e.getMessage()));
      }
    }
    return List.copyOf(parsed);
  }
}
