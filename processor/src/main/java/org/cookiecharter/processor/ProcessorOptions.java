package org.cookiecharter.processor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cookiecharter.processor.calls.Sink;
import org.cookiecharter.processor.charter.PolicyLanguage;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Severity;
import org.cookiecharter.processor.validation.CookieNameRule;
import org.jspecify.annotations.Nullable;

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
   * How a cookie name computed at run time is reported: {@code error}, {@code warning} (default) or
   * {@code ignore}.
   */
  public static final String COMPUTED = "cookiecharter.computed";

  /** The project's own cookie-setting methods: {@code com.acme.Cookies#set(0),...}. */
  public static final String SINKS = "cookiecharter.sinks";

  /**
   * The session cookie's name, where the server's configuration sets it ({@code
   * server.servlet.session.cookie.name}, {@code web.xml}); else the framework's default.
   */
  public static final String SESSION_COOKIE = "cookiecharter.sessionCookie";

  /** Whether the cookies that frameworks set are checked: {@code on} (default) or {@code off}. */
  public static final String FRAMEWORK_COOKIES = "cookiecharter.frameworkCookies";

  /**
   * Whether {@code CookieRegistry} is generated: {@code on} (default) or {@code off}. Its source
   * costs javac one more round, which enters every compilation unit again; a build that does not
   * use the registry saves it.
   */
  public static final String REGISTRY = "cookiecharter.registry";

  /**
   * Whether every {@code @DeclaredCookie} must declare its duration: {@code true} or {@code false}
   * (default). With {@code true}, a declaration of the compilation's without one is an error, and
   * so is a Max-Age set on a cookie that declares none (a library's).
   */
  public static final String REQUIRE_DURATION = "cookiecharter.requireDuration";

  /**
   * Whether constant max-ages are checked against the declared durations: {@code on} (default) or
   * {@code off}, for a code base that sets many before its declarations say how long they last.
   */
  public static final String LIFETIMES = "cookiecharter.lifetimes";

  /**
   * The languages the policy is written in, comma-separated: {@code fr} (default), {@code en}. The
   * first is the language of the declarations' own texts; each other needs a {@code @CookieText}
   * per cookie.
   */
  public static final String LANGUAGES = "cookiecharter.languages";

  /**
   * A folder of the site's own templates and prose files, each replacing the built-in one of the
   * same name.
   */
  public static final String TEMPLATES = "cookiecharter.templates";

  /**
   * Whether the compilation is a library, whose cookies the applications that use it publish:
   * {@code true} or {@code false} (default). A library has no {@code @CookieCharter}, and declares
   * cookies without the warning that tells an application to add one.
   */
  public static final String LIBRARY = "cookiecharter.library";

  /**
   * A committed {@code cookies.json} (a release's): the build compares the declarations with it,
   * writes {@code cookie-changes.md} and reports {@link Message#COOKIE_LIST_CHANGED} when they
   * differ. A relative path is resolved against the compiler's working directory.
   */
  public static final String BASELINE = "cookiecharter.baseline";

  /**
   * How a change since the baseline is reported: {@code warning} (default) or {@code error}, for a
   * team that wants every change reviewed and the baseline updated with it.
   */
  public static final String BASELINE_CHANGES = "cookiecharter.baselineChanges";

  /**
   * The release being built ({@code ${project.version}}): with a baseline, {@code cookies.json} and
   * the policy's templates ({@code consent.since}) say since which release the list is what it is
   * in what consent is about.
   */
  public static final String RELEASE = "cookiecharter.release";

  /** The prefix of every option: an option under it that is not one of {@link #ALL} is a typo. */
  private static final String NAMESPACE = "cookiecharter.";

  /** Every option the processor reads, as javac needs them listed. */
  public static final Set<String> ALL =
      Set.of(
          LIBRARY,
          PLATFORM,
          UNDECLARED,
          COMPUTED,
          SINKS,
          SESSION_COOKIE,
          FRAMEWORK_COOKIES,
          REGISTRY,
          REQUIRE_DURATION,
          LIFETIMES,
          LANGUAGES,
          TEMPLATES,
          BASELINE,
          BASELINE_CHANGES,
          RELEASE);

  /**
   * An option that sets the severity of some messages: each accepted value (lower case), with the
   * severity it gives them, or none where the value leaves them as they are.
   */
  record SeverityOption(
      String name, Map<String, Optional<Severity>> values, List<Message> messages) {}

  /**
   * The options that set severities. Where two set one message, the one that turns it off wins, in
   * whatever order they are given: {@code frameworkCookies=off} over {@code undeclared=error} for
   * the framework's cookies, {@code lifetimes=off} over {@code requireDuration=true} for a max-age
   * on a cookie without a duration (the duration stays required of the declarations).
   */
  static final List<SeverityOption> SEVERITY_OPTIONS =
      List.of(
          new SeverityOption(
              UNDECLARED,
              Map.of(
                  "error", Optional.of(Severity.ERROR), "warning", Optional.of(Severity.WARNING)),
              List.of(
                  Message.UNDECLARED_COOKIE,
                  Message.UNDECLARED_CONSTANT,
                  Message.UNPUBLISHED_COOKIE,
                  Message.SESSION_COOKIE,
                  Message.FRAMEWORK_COOKIE)),
          new SeverityOption(
              COMPUTED,
              Map.of(
                  "error", Optional.of(Severity.ERROR),
                  "warning", Optional.of(Severity.WARNING),
                  "ignore", Optional.of(Severity.OFF)),
              List.of(Message.COMPUTED_COOKIE_NAME, Message.COMPUTED_COOKIE_NAME_AFTER_PREFIX)),
          new SeverityOption(
              FRAMEWORK_COOKIES,
              Map.of("on", Optional.empty(), "off", Optional.of(Severity.OFF)),
              List.of(Message.SESSION_COOKIE, Message.FRAMEWORK_COOKIE)),
          new SeverityOption(
              REQUIRE_DURATION,
              Map.of("true", Optional.of(Severity.ERROR), "false", Optional.empty()),
              List.of(Message.MISSING_DURATION, Message.UNDECLARED_LIFETIME)),
          new SeverityOption(
              BASELINE_CHANGES,
              Map.of(
                  "error", Optional.of(Severity.ERROR), "warning", Optional.of(Severity.WARNING)),
              List.of(Message.COOKIE_LIST_CHANGED)),
          new SeverityOption(
              LIFETIMES,
              Map.of("on", Optional.empty(), "off", Optional.of(Severity.OFF)),
              List.of(
                  Message.LIFETIME_EXCEEDS_DECLARATION,
                  Message.MAX_AGE_ON_SESSION_COOKIE,
                  Message.UNDECLARED_LIFETIME)));

  private final Map<String, @Nullable String> options;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Message, Severity> severities = new EnumMap<>(Message.class);
  private final List<Sink> sinks;
  private final Optional<String> sessionCookie;
  private final boolean registry;
  private final List<PolicyLanguage> languages;
  private final Optional<Path> templates;
  private final boolean library;

  /** An option that cannot be used: the message that says why, and its arguments. */
  public record Problem(Message message, List<Object> arguments) {
    static Problem invalidValue(String option, @Nullable String value, String reason) {
      return new Problem(Message.INVALID_OPTION, List.of(option, String.valueOf(value), reason));
    }
  }

  public ProcessorOptions(Map<String, String> options) {
    this.options = new HashMap<>(options); // javac maps -Akey and -Akey= to null values
    reportUnknown();
    for (SeverityOption option : SEVERITY_OPTIONS) {
      chosen(option.name(), option.values().keySet())
          .flatMap(option.values()::get)
          .ifPresent(
              severity -> {
                for (Message message : option.messages()) {
                  severities.merge(message, severity, ProcessorOptions::together);
                }
              });
    }
    this.sessionCookie = cookieName(SESSION_COOKIE);
    this.sinks = parseSinks();
    this.registry = onOrOff(REGISTRY, true);
    this.languages = parseLanguages();
    this.templates = folder(TEMPLATES);
    this.library = chosen(LIBRARY, Set.of("true", "false")).map("true"::equals).orElse(false);
  }

  /** Whether the compilation says it is a library ({@link #LIBRARY}). */
  public boolean library() {
    return library;
  }

  /**
   * Each option under {@code cookiecharter.} that the processor does not know, a typo that would
   * otherwise change nothing: reported with the closest known option, in the order of their names.
   */
  private void reportUnknown() {
    for (String option : options.keySet().stream().sorted().toList()) {
      if (option.startsWith(NAMESPACE) && !ALL.contains(option)) {
        String closest = closest(option);
        String value = options.get(option);
        String given = value == null ? option : option + "=" + value;
        String meant = value == null ? closest : closest + "=" + value;
        problems.add(new Problem(Message.UNKNOWN_OPTION, List.of(given, meant)));
      }
    }
  }

  /**
   * The known option meant: one that the name shortens or lengthens ({@code session}, {@code
   * requireDurations}) if there is one, else the one the fewest edits away ({@code langauges});
   * case is ignored, and ties go to the first by name.
   */
  private static String closest(String option) {
    String given = option.toLowerCase(Locale.ROOT);
    List<String> known = ALL.stream().sorted().toList();
    List<String> extended =
        known.stream()
            .filter(
                name -> {
                  String lower = name.toLowerCase(Locale.ROOT);
                  return lower.startsWith(given) || given.startsWith(lower);
                })
            .toList();
    List<String> candidates = extended.isEmpty() ? known : extended;
    String closest = candidates.get(0);
    int fewest = Integer.MAX_VALUE;
    for (String name : candidates) {
      int edits = editDistance(given, name.toLowerCase(Locale.ROOT));
      if (edits < fewest) {
        fewest = edits;
        closest = name;
      }
    }
    return closest;
  }

  /** Levenshtein's distance: insertions, deletions and substitutions that turn a into b. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The site's templates folder ({@link #TEMPLATES}). */
  public Optional<Path> templates() {
    return templates;
  }

  /** The folder the option names, if it is one. */
  private Optional<Path> folder(String option) {
    Optional<Path> folder = value(option).map(Path::of).map(Path::toAbsolutePath);
    if (folder.isPresent() && !Files.isDirectory(folder.get())) {
      problems.add(
          Problem.invalidValue(
              option, options.get(option), Message.Fragment.NOT_A_FOLDER.format()));
      return Optional.empty();
    }
    return folder;
  }

  /**
   * The languages the policy is written in ({@link #LANGUAGES}), the declarations' own first; never
   * empty.
   */
  public List<PolicyLanguage> languages() {
    return languages;
  }

  /** The value of {@link #LANGUAGES} as given, for messages: {@code fr,en}. */
  public String languagesOption() {
    StringBuilder codes = new StringBuilder();
    for (PolicyLanguage language : languages) {
      codes.append(codes.length() == 0 ? "" : ",").append(language.code());
    }
    return codes.toString();
  }

  private List<PolicyLanguage> parseLanguages() {
    List<PolicyLanguage> parsed = new ArrayList<>();
    for (String code : value(LANGUAGES).orElse(PolicyLanguage.FRENCH.code()).split(",", -1)) {
      Optional<PolicyLanguage> language = PolicyLanguage.of(code.strip());
      String problem =
          language.isEmpty()
              ? Message.Fragment.UNKNOWN_LANGUAGE.format(code.strip(), PolicyLanguage.codes())
              : parsed.contains(language.get())
                  ? Message.Fragment.LANGUAGE_TWICE.format(code.strip())
                  : null;
      if (problem != null) {
        problems.add(Problem.invalidValue(LANGUAGES, options.get(LANGUAGES), problem));
        return List.of(PolicyLanguage.FRENCH);
      }
      parsed.add(language.get());
    }
    return List.copyOf(parsed);
  }

  /** Whether {@code CookieRegistry} is generated ({@link #REGISTRY}). */
  public boolean registry() {
    return registry;
  }

  /** The baseline {@code cookies.json} given with {@link #BASELINE}, made absolute. */
  public Optional<Path> baseline() {
    return value(BASELINE).map(Path::of).map(Path::toAbsolutePath);
  }

  /** The release being built, given with {@link #RELEASE}. */
  public Optional<String> release() {
    return value(RELEASE);
  }

  /** The session cookie's name given with {@link #SESSION_COOKIE}. */
  public Optional<String> sessionCookie() {
    return sessionCookie;
  }

  /**
   * The platform given with {@code -Acookiecharter.platform=URL}. An empty value counts as not
   * given, so a build can always pass {@code -Acookiecharter.platform=${some.property}}.
   */
  public Optional<String> platform() {
    return value(PLATFORM);
  }

  /** The severity of each message whose severity an option sets; the others keep their default. */
  public Map<Message, Severity> severities() {
    return Map.copyOf(severities);
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

  /**
   * The severity of a message that two options set: off if either turns it off, whatever the order
   * they are given or read in. No two options choose two other severities for one message ({@code
   * ProcessorOptionsTest} tries every combination).
   */
  private static Severity together(Severity one, Severity other) {
    if (one == Severity.OFF || other == Severity.OFF) {
      return Severity.OFF;
    }
    if (one != other) {
      throw new IllegalStateException("two options set one message to " + one + " and " + other);
    }
    return one;
  }

  /** The switch the option gives, {@code on} or {@code off} in any case; else {@code otherwise}. */
  private boolean onOrOff(String option, boolean otherwise) {
    return chosen(option, Set.of("on", "off")).map("on"::equals).orElse(otherwise);
  }

  /**
   * The value given for {@code option}, lower-cased, if it is one of {@code accepted}; a value that
   * is not is a {@link Problem}, and counts as not given.
   */
  private Optional<String> chosen(String option, Set<String> accepted) {
    Optional<String> given = value(option).map(v -> v.toLowerCase(Locale.ROOT));
    if (given.isPresent() && !accepted.contains(given.get())) {
      problems.add(
          Problem.invalidValue(
              option,
              options.get(option),
              Message.Fragment.NOT_ONE_OF.format(
                  String.join(", ", accepted.stream().sorted().toList()))));
      return Optional.empty();
    }
    return given;
  }

  /** The cookie name the option gives, if it is one (RFC 6265). */
  private Optional<String> cookieName(String option) {
    Optional<String> name = value(option);
    Optional<String> problem = name.flatMap(CookieNameRule::problem);
    if (problem.isPresent()) {
      problems.add(Problem.invalidValue(option, options.get(option), problem.get()));
      return Optional.empty();
    }
    return name;
  }

  private List<Sink> parseSinks() {
    List<Sink> parsed = new ArrayList<>();
    for (String spec : value(SINKS).orElse("").split(",")) {
      if (spec.isBlank()) {
        continue;
      }
      try {
        parsed.addAll(Sink.parse(spec));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.invalidValue(SINKS, options.get(SINKS), String.valueOf(e.getMessage())));
      }
    }
    return List.copyOf(parsed);
  }
}
