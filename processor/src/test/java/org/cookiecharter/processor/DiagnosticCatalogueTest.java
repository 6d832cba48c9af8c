package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.cookiecharter.processor.diagnostic.Message.Fragment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cookiecharter.processor.diagnostic.Message;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of diagnostics, {@code docs/diagnostics/<Tag>.md}, and {@link Message} stay in
 * step: a page per tag and no page without one; each page names the tag's default severity; and
 * each page's sample messages are what {@link Message} writes with the arguments below, every one
 * of its messages and no other.
 */
class DiagnosticCatalogueTest {
  /** The catalogue, from the module's folder where the tests run. */
  private static final Path CATALOGUE = Path.of("..", "docs", "diagnostics");

  /** A page's title: {@code # `NotAConstant` (error)}. */
  private static final Pattern TITLE = Pattern.compile("\\A# `(\\w+)` \\((\\w+)");

  /** A fenced block of a page, whose text is a sample when it starts with a tag. */
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```[a-z]*\\n(.*?)\\n```$");

  /** Each message with the arguments of its samples in the catalogue: realistic ones. */
  private static final Map<Message, List<Object[]>> SAMPLES = new EnumMap<>(Message.class);

  private static void sample(Message message, Object... arguments) {
    SAMPLES.computeIfAbsent(message, key -> new ArrayList<>()).add(arguments);
  }

  static {
    sample(Message.NOT_A_CONSTANT, "org.example.Bad.NAME", Fragment.NOT_STATIC.format(), "NAME");
    sample(Message.BLANK_PROVIDER, "sid", "Nom du prestataire");
    sample(Message.BLANK_SERVICE, "sid", "Service et emplacement");
    sample(Message.BLANK_PURPOSE, "sid", "Finalités");
    sample(
        Message.INVALID_COOKIE_NAME,
        "a=b",
        "org.example.Names.BAD",
        Fragment.SEPARATOR_IN_NAME.format("="),
        "( ) < > @ , ; : \\ \" / [ ] ? = { }");
    sample(Message.DUPLICATE_COOKIE, "sessionid", "org.a.First.SESSION");
    sample(
        Message.DUPLICATE_COOKIE_ON_CLASS_PATH,
        "sessionid",
        "com.a.ACookies.SESSION",
        "com.b.BCookies.SESSION");
    sample(Message.LOCAL_CLASS_DECLARATION, "IN_LOCAL", "in_local");
    sample(
        Message.UNDECLARED_CONSTANT,
        "org.example.SiteCookies.TRACKER",
        "org.example.SiteCookies",
        "trk");
    sample(
        Message.INVALID_DURATION, "_pk_id", "13 months", Fragment.DURATION_NOT_ISO_8601.format());
    sample(Message.MISSING_DURATION, "_pk_id", ProcessorOptions.REQUIRE_DURATION);
    sample(Message.EXEMPT_NECESSARY, "sessionid");
    sample(Message.EXEMPT_NOT_STATISTICS, "_pk_id", "THIRD_PARTY", "THIRD_PARTY");
    sample(
        Message.EXEMPT_TOO_LONG, "_pk_id", Fragment.DURATION_TOO_LONG.format("P14M", "14 months"));
    sample(Message.UNKNOWN_TRANSLATION_LANGUAGE, "de", "sid", "fr, en");
    sample(Message.TRANSLATION_OF_OWN_LANGUAGE, "fr", "sid", ProcessorOptions.LANGUAGES, "fr,en");
    sample(Message.DUPLICATE_TRANSLATION, "sid", "en");
    sample(Message.BLANK_TRANSLATION, "en", "purpose", "sid", "purpose");
    sample(
        Message.MISSING_TRANSLATION,
        "sid",
        "org.example.Texts.SID",
        "en",
        ProcessorOptions.LANGUAGES,
        "fr,en",
        "en");
    sample(Message.DUPLICATE_CHARTER, Fragment.PACKAGE.format("org.a"));
    sample(Message.MISSING_PLATFORM, ProcessorOptions.PLATFORM);
    sample(Message.INVALID_PLATFORM, "ftp://data.example.org", Fragment.NOT_HTTP.format("ftp"));
    sample(
        Message.INVALID_PLATFORM_OPTION,
        "data.example.org",
        ProcessorOptions.PLATFORM,
        Fragment.NO_SCHEME.format());
    sample(Message.NO_CHARTER, 2, "org.example.app", ProcessorOptions.LIBRARY);
    sample(Message.LIBRARY_WITH_CHARTER, ProcessorOptions.LIBRARY);
    sample(
        Message.INVALID_TEMPLATE_LINE,
        "/site/templates/charte-cookies.txt.mustache",
        3,
        "it uses {{cookie}}, which is no variable there");
    sample(
        Message.INVALID_TEMPLATE,
        "/site/templates/charte-cookies.fr.properties",
        "it has no text category.NECESSARY");
    String servletCookie = Fragment.CONSTRUCTOR_CALL.format("jakarta.servlet.http.Cookie");
    sample(Message.UNDECLARED_COOKIE, "tracker", servletCookie);
    sample( // a name handed through the code base's own method
        Message.UNDECLARED_COOKIE,
        "tracker",
        Fragment.HANDED_TO.format(
            Fragment.METHOD_CALL.format("org.example.web.CookieHelper", "set"), servletCookie));
    sample(
        Message.SESSION_COOKIE,
        Fragment.METHOD_CALL.format("jakarta.servlet.http.HttpServletRequest", "getSession"),
        "JSESSIONID",
        "JSESSIONID",
        ProcessorOptions.SESSION_COOKIE);
    sample(
        Message.FRAMEWORK_COOKIE,
        Fragment.CONSTRUCTOR_CALL.format(
            "org.springframework.security.web.csrf.CookieCsrfTokenRepository"),
        "XSRF-TOKEN",
        "XSRF-TOKEN",
        "setCookieName");
    sample(
        Message.UNPUBLISHED_COOKIE,
        "csrftoken",
        servletCookie,
        "com.acme.commons.CommonCookies.CSRF",
        ProcessorOptions.UNDECLARED);
    sample(
        Message.COMPUTED_COOKIE_NAME, servletCookie, "cookie-charter", ProcessorOptions.COMPUTED);
    sample(
        Message.COMPUTED_COOKIE_NAME_AFTER_PREFIX,
        servletCookie,
        "_gb_",
        "_gb_",
        "cookie-charter",
        ProcessorOptions.COMPUTED);
    sample(
        Message.LIFETIME_EXCEEDS_DECLARATION,
        "django_language",
        Fragment.METHOD_CALL.format("org.springframework.http.ResponseCookie", "from"),
        34560000L,
        "400 days",
        "org.example.portal.PortalCookies.LANGUAGE",
        "P1Y",
        "1 year",
        31556952L);
    sample(
        Message.MAX_AGE_ON_SESSION_COOKIE,
        "form_token",
        Fragment.METHOD_CALL.format("io.javalin.http.Context", "cookie"),
        1800L,
        "30 minutes",
        "org.example.portal.PortalCookies.FORM_TOKEN",
        "PT30M");
    sample(
        Message.UNDECLARED_LIFETIME,
        "VISITOR_INFO1_LIVE",
        Fragment.METHOD_CALL.format("io.javalin.http.Context", "cookie"),
        15552000L,
        "180 days",
        "org.example.portal.PortalCookies.YOUTUBE",
        "P180D",
        ProcessorOptions.REQUIRE_DURATION);
    sample(
        Message.CALLS_NOT_CHECKED,
        Fragment.NOT_JAVAC.format(
            "org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl"));
    sample(
        Message.INVALID_OPTION,
        ProcessorOptions.COMPUTED,
        "loud",
        Fragment.NOT_ONE_OF.format("error, ignore, warning"));
    sample(
        Message.UNKNOWN_OPTION, "cookiecharter.langauges=fr,en", "cookiecharter.languages=fr,en");
    sample(Message.NEGATIVE_PURPOSE_EDITION, -1);
    sample(
        Message.COOKIE_LIST_CHANGED,
        "/home/dev/portal/cookies-baseline.json",
        ProcessorOptions.BASELINE,
        "Added (1):\n"
            + "  + _pk_cmp (statistics, Matomo): needs consent, asked again\n"
            + "Changed (1):\n"
            + "  ~ yt_pref (third_party, YouTube): purpose wording\n"
            + "Visitors must be asked for consent again.\n"
            + "The banners ask again about: statistics (consent fingerprint changed).\n");
    sample(
        Message.BASELINE_UNREADABLE,
        "/home/dev/portal/cookies-baseline.json",
        ProcessorOptions.BASELINE,
        Fragment.NO_SUCH_FILE.format());
    sample(
        Message.BASELINE_NOT_COOKIES_JSON,
        "/home/dev/portal/package.json",
        ProcessorOptions.BASELINE,
        "no \"cookies\" list");
    sample(
        Message.WRITE_FAILED,
        "META-INF/cookie-charter/cookies.json",
        "java.io.IOException: No space left on device");
    sample(
        Message.REGISTRY_NOT_WRITTEN,
        "org.example.portal.CookieRegistry",
        "Source file already exists : org.example.portal.CookieRegistry");
    sample(
        Message.INCOMPLETE_PROCESSOR_PATH,
        "org.cookiecharter.DeclaredCookie",
        "/home/dev/cookie-charter/processor/target/classes");
    sample(
        Message.INTERNAL_ERROR,
        "java.lang.IllegalStateException: ...\n\tat org.cookiecharter.processor....");
  }

  @Test
  void everyMessageHasASample() {
    assertWithMessage("messages without a sample in DiagnosticCatalogueTest")
        .that(Set.of(Message.values()))
        .isEqualTo(SAMPLES.keySet());
  }

  @Test
  void everyTagHasAPageWithItsSeverityAndEveryPageATag() throws IOException {
    Map<String, Set<String>> documented = new TreeMap<>();
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Matcher title = TITLE.matcher(page.getValue());
      assertWithMessage("docs/diagnostics/%s.md opens with # `Tag` (severity", page.getKey())
          .that(title.find())
          .isTrue();
      assertWithMessage("the title of docs/diagnostics/%s.md", page.getKey())
          .that(title.group(1))
          .isEqualTo(page.getKey());
      documented.computeIfAbsent(title.group(1), tag -> new TreeSet<>()).add(title.group(2));
    }
    Map<String, Set<String>> messages = new TreeMap<>();
    for (Message message : Message.values()) {
      messages
          .computeIfAbsent(message.tagName(), tag -> new TreeSet<>())
          .add(message.defaultSeverity().name().toLowerCase(Locale.ROOT));
    }

    assertWithMessage("tags and default severities of docs/diagnostics/")
        .that(documented)
        .isEqualTo(messages);
  }

  @Test
  void eachPageShowsEveryMessageOfItsTagAsMessageWritesIt() throws IOException {
    Map<String, String> pages = pages();
    for (String tag : new TreeSet<>(pages.keySet())) {
      List<String> expected = new ArrayList<>();
      for (Message message : Message.values()) {
        if (message.tagName().equals(tag)) {
          for (Object[] arguments : SAMPLES.getOrDefault(message, List.of())) {
            expected.add(message.format(arguments));
          }
        }
      }
      List<String> shown = new ArrayList<>();
      Matcher block = BLOCK.matcher(pages.get(tag));
      while (block.find()) {
        if (block.group(1).startsWith("[cookie-charter:")) {
          shown.add(block.group(1));
        }
      }
      assertWithMessage(
              "the samples of docs/diagnostics/%s.md, each in a block of its own, as Message writes"
                  + " them",
              tag)
          .that(shown)
          .containsExactlyElementsIn(expected);
    }
  }

  /** Each page of the catalogue, by tag, but its index. */
  private static Map<String, String> pages() throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(CATALOGUE)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".md") && !name.equals("README.md")) {
          pages.put(
              name.substring(0, name.length() - ".md".length()),
              Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return pages;
  }
}
