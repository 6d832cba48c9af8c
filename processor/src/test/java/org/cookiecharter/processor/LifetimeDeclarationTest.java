package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @DeclaredCookie(duration, exempt)}: what a lifetime may be, which cookies may claim the
 * exemption from consent, and {@code -Acookiecharter.requireDuration}.
 */
class LifetimeDeclarationTest {
  private static final String ACCEPTED =
      ". Write an ISO-8601 period or duration as java.time reads it, such as \"P13M\" (13 months),"
          + " \"P1Y\", \"P14D\" or \"PT30M\", or \"session\" for a cookie deleted when the browser"
          + " closes";

  private static final String TOO_LONG =
      "[cookie-charter:InvalidExemption] cookie \"_pk_id\" claims the exemption from consent for"
          + " audience measurement, which CNIL grants only to a cookie that lasts at most 13"
          + " months, not extended by later visits (délibération n° 2020-091 and its guidance on"
          + " audience measurement), but it ";

  private static final String TOO_LONG_FIX =
      ". Declare duration = \"P13M\" or less, and set no longer Max-Age; else remove exempt ="
          + " true: the cookie then needs consent";

  /** A class with one {@code @DeclaredCookie} of {@code _pk_id}, one element per line. */
  private static JavaFileObject declaring(String category, String... elements) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("package org.example;");
    lines.add("import org.cookiecharter.CookieCategory;");
    lines.add("import org.cookiecharter.DeclaredCookie;");
    lines.add("class Measures {");
    lines.add("  @DeclaredCookie(");
    lines.add("      provider = \"P\",");
    lines.add("      service = \"S\",");
    lines.add("      purpose = \"U\",");
    for (String element : elements) {
      lines.add("      " + element + ",");
    }
    lines.add("      category = CookieCategory." + category + ")");
    lines.add("  static final String VISITOR = \"_pk_id\";");
    lines.add("}");
    return JavaFileObjects.forSourceLines("org.example.Measures", lines);
  }

  private static Compilation compileSite(JavaFileObject source, String... options) {
    return compile(List.of(options), Fixtures.site("https://data.example.org"), source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13 months | it is neither \"session\" nor an ISO-8601 period or duration",
        "Session | it is neither \"session\" nor an ISO-8601 period or duration",
        "' P1Y' | it is neither \"session\" nor an ISO-8601 period or duration",
        "P0D | it is zero",
        "PT0S | it is zero",
        "P-1M | it has a negative part",
        "P1M-1D | it has a negative part",
        "PT0.5S | it has a fraction of a second, and a cookie's Max-Age counts whole seconds",
      })
  void aDurationThatIsNoLifetimeIsAnErrorOnTheValue(String duration, String why) {
    JavaFileObject source = declaring("NECESSARY", "duration = \"" + duration + "\"");
    Compilation compilation = compileSite(source);

    assertDiagnostics(
        compilation,
        error(
            source,
            "duration =",
            "[cookie-charter:InvalidDuration] @DeclaredCookie(duration) of cookie \"_pk_id\" is \""
                + duration
                + "\", which is not a lifetime: "
                + why
                + ACCEPTED));
  }

  @Test
  void aNecessaryCookieClaimsNoExemption() {
    JavaFileObject source = declaring("NECESSARY", "duration = \"P1Y\"", "exempt = true");
    Compilation compilation = compileSite(source);

    assertDiagnostics(
        compilation,
        error(
            source,
            "exempt =",
            "[cookie-charter:InvalidExemption] @DeclaredCookie(exempt = true) on cookie \"_pk_id\","
                + " a NECESSARY cookie: a necessary cookie needs no consent, so it claims no"
                + " exemption. Remove exempt = true"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FIRST_PARTY", "THIRD_PARTY"})
  void onlyAStatisticsCookieMayBeExempt(String category) {
    JavaFileObject source = declaring(category, "duration = \"P1Y\"", "exempt = true");
    Compilation compilation = compileSite(source);

    assertDiagnostics(
        compilation,
        error(
            source,
            "exempt =",
            "[cookie-charter:InvalidExemption] @DeclaredCookie(exempt = true) on cookie \"_pk_id\""
                + " of category "
                + category
                + ": only a STATISTICS cookie may claim the exemption from consent for audience"
                + " measurement (CNIL, délibération n° 2020-091), and a "
                + category
                + " cookie always needs consent. Remove exempt = true, or, if the cookie only"
                + " measures the site's own audience, anonymously, declare it STATISTICS"));
  }

  @Test
  void anExemptCookieMustDeclareItsDuration() {
    JavaFileObject source = declaring("STATISTICS", "exempt = true");
    Compilation compilation = compileSite(source);

    assertDiagnostics(
        compilation, error(source, "exempt =", TOO_LONG + "declares no duration" + TOO_LONG_FIX));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P14M | 14 months",
        "P1Y2M | 1 year and 2 months",
        "P396D | 396 days",
        "PT9500H | 395 days and 20 hours",
      })
  void anExemptCookieLastsAtMostThirteenMonths(String duration, String words) {
    JavaFileObject source =
        declaring("STATISTICS", "duration = \"" + duration + "\"", "exempt = true");
    Compilation compilation = compileSite(source);

    assertDiagnostics(
        compilation,
        error(
            source,
            "duration =",
            TOO_LONG + "declares duration = \"" + duration + "\" (" + words + ")" + TOO_LONG_FIX));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"P13M", "P1Y1M", "P395D", "P56W", "PT30M", "session"})
  void anExemptCookieWithinThirteenMonthsCompiles(String duration) {
    Compilation compilation =
        compileSite(declaring("STATISTICS", "duration = \"" + duration + "\"", "exempt = true"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void requireDurationMakesEveryDeclarationDeclareOne() {
    JavaFileObject source = declaring("NECESSARY");
    Compilation compilation = compileSite(source, "-Acookiecharter.requireDuration=true");

    assertDiagnostics(
        compilation,
        error(
            source,
            "@DeclaredCookie(",
            "[cookie-charter:MissingDuration] @DeclaredCookie of cookie \"_pk_id\" declares no"
                + " duration, and -Acookiecharter.requireDuration=true asks every cookie for one:"
                + " add duration = \"P13M\" (an ISO-8601 period or duration, as long as the cookie"
                + " lasts), or duration = \"session\" for a cookie deleted when the browser"
                + " closes"));
  }

  @Test
  void withoutRequireDurationADeclarationMayOmitIt() {
    assertThat(compileSite(declaring("NECESSARY"), "-Acookiecharter.requireDuration=false"))
        .succeededWithoutWarnings();
    assertThat(
            compileSite(
                declaring("NECESSARY", "duration = \"session\""),
                "-Acookiecharter.requireDuration=TRUE"))
        .succeededWithoutWarnings();
  }

  @Test
  void aDurationJavacCannotReadIsJavacsErrorAlone() {
    JavaFileObject source = declaring("NECESSARY", "duration = UNDEFINED");
    Compilation compilation = compileSite(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void requireDurationTakesTrueOrFalse() {
    Compilation compilation =
        compileSite(declaring("NECESSARY"), "-Acookiecharter.requireDuration=yes");

    assertDiagnostics(
        compilation,
        ExpectedDiagnostics.error(
            "[cookie-charter:InvalidOption] -Acookiecharter.requireDuration=yes is not valid: use"
                + " one of false, true"));
  }
}
