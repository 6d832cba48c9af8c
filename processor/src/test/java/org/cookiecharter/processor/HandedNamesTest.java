package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.computedCookieName;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.fourHundredDaysOnLanguage;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;
import static org.cookiecharter.processor.ExpectedDiagnostics.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cookie name handed through the code base's own parameters, fields and getters, to a call that
 * sets the cookie: the name is judged where the code writes it, and the message names the call that
 * sets the cookie.
 */
class HandedNamesTest {
  private static final String HELPER_SET =
      "org.example.web.CookieHelper.set(...), which hands the name to " + SERVLET_COOKIE;

  private static final JavaFileObject HELPER =
      JavaFileObjects.forSourceLines(
          "org.example.web.CookieHelper",
          "package org.example.web;",
          "import jakarta.servlet.http.Cookie;",
          "import jakarta.servlet.http.HttpServletResponse;",
          "class CookieHelper {",
          "  static void set(HttpServletResponse response, String name, String value) {",
          "    response.addCookie(new Cookie(name, value)); // the helper's cookie",
          "  }",
          "}");

  @Test
  void aConstantHandedToAHelperIsJudgedWhereItIsWritten() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpServletRequest;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import org.example.portal.PortalCookies;",
            "class Handler {",
            "  static final String TRACKER = \"tracker\";",
            "  void handle(HttpServletRequest request, HttpServletResponse response) {",
            "    CookieHelper.set(response, PortalCookies.SESSION_ID, \"v\");",
            "    CookieHelper.set(response, TRACKER, \"v\"); // a constant",
            "    CookieHelper.set(response, \"ad_\" + \"id\", \"v\"); // a concatenation",
            "    CookieHelper.set(response, System.getProperty(\"c\"), \"v\"); // computed",
            "    forward(response, \"forwarded\"); // through another method",
            "  }",
            "  private void forward(HttpServletResponse response, String cookie) {",
            "    CookieHelper.set(response, cookie, \"v\");",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(HELPER, handler));

    assertDiagnostics(
        compilation,
        error(handler, "// a constant", undeclaredCookie("tracker", HELPER_SET)),
        error(handler, "// a concatenation", undeclaredCookie("ad_id", HELPER_SET)),
        warning(handler, "// computed", computedCookieName(HELPER_SET)),
        error(
            handler,
            "// through another method",
            undeclaredCookie(
                "forwarded",
                "org.example.web.Handler.forward(...), which hands the name to "
                    + SERVLET_COOKIE)));
  }

  /**
   * The code base's own cookie class: its constructor or setter takes the name into a field, and a
   * method writes the {@code Set-Cookie} header, or builds a servlet cookie, from that field.
   */
  @Test
  void theCodeBasesOwnCookieClassIsASinkForTheNameItTakes() {
    JavaFileObject appCookie =
        JavaFileObjects.forSourceLines(
            "org.example.web.AppCookie",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "public class AppCookie implements NamedCookie {",
            "  private String name;",
            "  public AppCookie(String name) {",
            "    this.name = name;",
            "  }",
            "  public AppCookie(NamedCookie other) { // a copy: no new name",
            "    this.name = other.getName();",
            "  }",
            "  public String getName() {",
            "    return name;",
            "  }",
            "  public void setName(String name) {",
            "    this.name = name;",
            "  }",
            "  public void writeTo(HttpServletResponse response, String value) {",
            "    response.addHeader(\"Set-Cookie\", name + \"=\" + value + \"; Path=/\");",
            "  }",
            "  public void addTo(HttpServletResponse response, String value) {",
            "    response.addCookie(new Cookie(getName(), value));",
            "  }",
            "}");
    JavaFileObject namedCookie =
        JavaFileObjects.forSourceLines(
            "org.example.web.NamedCookie",
            "package org.example.web;",
            "public interface NamedCookie {",
            "  String getName();",
            "}");
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import org.example.portal.PortalCookies;",
            "class Handler {",
            "  final AppCookie session = new AppCookie(PortalCookies.SESSION_ID);",
            "  final AppCookie remember = new AppCookie(\"remember\"); // made",
            "  final AppCookie copy = new AppCookie(remember);",
            "  void rename() {",
            "    session.setName(\"renamed\"); // renamed",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(namedCookie, appCookie, handler));

    String header = "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.addHeader(...)";
    assertDiagnostics(
        compilation,
        error(
            handler,
            "// made",
            undeclaredCookie(
                "remember",
                "new org.example.web.AppCookie(...), which hands the name to " + header)),
        error(
            handler,
            "// renamed",
            undeclaredCookie(
                "renamed",
                "org.example.web.AppCookie.setName(...), which hands the name to " + header)));
  }

  /** A record's component, read through its accessor, is what its canonical constructor takes. */
  @Test
  void aRecordComponentIsWhatItsConstructorTakes() {
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "org.example.web.CookieSpec",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "record CookieSpec(String name, int maxAge) {",
            "  Cookie toCookie(String value) {",
            "    Cookie cookie = new Cookie(name(), value);",
            "    cookie.setMaxAge(maxAge);",
            "    return cookie;",
            "  }",
            "  static final CookieSpec THEME = new CookieSpec(\"theme\", 3600); // theme",
            "  static final CookieSpec SESSION =",
            "      new CookieSpec(org.example.portal.PortalCookies.SESSION_ID, -1);",
            "}");
    Compilation compilation = compile(Stubs.withPortal(spec));

    assertDiagnostics(
        compilation,
        error(
            spec,
            "// theme",
            undeclaredCookie(
                "theme",
                "new org.example.web.CookieSpec(...), which hands the name to " + SERVLET_COOKIE)));
  }

  /**
   * A parameter that no code of the compilation fills, or that a lambda takes, or a field that
   * nothing assigns (a framework injects it), keeps the computed name where the cookie is set.
   */
  @Test
  void aNameNothingHereFillsStaysComputedWhereTheCookieIsSet() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import java.util.List;",
            "class Handler {",
            "  String injected;",
            "  void uncalled(HttpServletResponse response, String name) {",
            "    response.addCookie(new Cookie(name, \"v\")); // uncalled",
            "  }",
            "  void lambda(HttpServletResponse response) {",
            "    List.of(\"a\").forEach(n -> response.addCookie(new Cookie(n, \"v\"))); // lambda",
            "  }",
            "  void field(HttpServletResponse response) {",
            "    response.addCookie(new Cookie(injected, \"v\")); // injected",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(handler));

    assertDiagnostics(
        compilation,
        warning(handler, "// uncalled", computedCookieName(SERVLET_COOKIE)),
        warning(handler, "// lambda", computedCookieName(SERVLET_COOKIE)),
        warning(handler, "// injected", computedCookieName(SERVLET_COOKIE)));
  }

  /**
   * A default for a missing name, a null, a declared name and a place silenced with
   * {@code @SuppressWarnings("cookie-charter")} give no report; an undeclared default is one where
   * it is written.
   */
  @Test
  void defaultsNullsAndSilencedPlaces() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import org.example.portal.PortalCookies;",
            "class Handler {",
            "  void set(HttpServletResponse response, String name) {",
            "    if (name == null) {",
            "      name = \"fallback\"; // a default",
            "    }",
            "    CookieHelper.set(response, name, \"v\");",
            "  }",
            "  void handle(HttpServletResponse response) {",
            "    set(response, null);",
            "    set(response, PortalCookies.LANGUAGE);",
            "  }",
            "  @SuppressWarnings(\"cookie-charter\")",
            "  void silenced(HttpServletResponse response) {",
            "    set(response, \"silenced\");",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(HELPER, handler));

    assertDiagnostics(
        compilation,
        error(
            handler,
            "// a default",
            undeclaredCookie(
                "fallback",
                "the parameter name of org.example.web.Handler.set(...), which hands the name to "
                    + SERVLET_COOKIE)));
  }

  /**
   * What hands no new name on: a deletion (a Max-Age of 0 on the object made), a chained assignment
   * of null, another cookie's name ({@code requestCookie.getName()}), and a constructor that calls
   * another with {@code this(..)} (the call that made the object is the one judged).
   */
  @Test
  void deletionsNullsCopiedNamesAndThisCallsHandNoNameOn() {
    JavaFileObject appCookie =
        JavaFileObjects.forSourceLines(
            "org.example.web.AppCookie",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class AppCookie {",
            "  private String name;",
            "  private String path;",
            "  private int maxAge = -1;",
            "  AppCookie(String name) {",
            "    this(name, \"/\");",
            "  }",
            "  AppCookie(String name, String path) {",
            "    this.name = name;",
            "    this.path = path;",
            "  }",
            "  void setMaxAge(int maxAge) {",
            "    this.maxAge = maxAge;",
            "  }",
            "  void reset() {",
            "    name = path = null;",
            "  }",
            "  void addTo(HttpServletResponse response) {",
            "    Cookie cookie = new Cookie(name, \"v\");",
            "    cookie.setMaxAge(maxAge);",
            "    response.addCookie(cookie);",
            "  }",
            "}");
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class Handler {",
            "  void handle(HttpServletResponse response, Cookie fromRequest) {",
            "    new AppCookie(\"made\").addTo(response); // made",
            "    AppCookie gone = new AppCookie(\"gone\");",
            "    gone.setMaxAge(0);",
            "    gone.addTo(response);",
            "    new AppCookie(fromRequest.getName()).addTo(response);",
            "    response.addCookie(new Cookie(fromRequest.getName(), \"renewed\"));",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(appCookie, handler));

    assertDiagnostics(
        compilation,
        error(
            handler,
            "// made",
            undeclaredCookie(
                "made",
                "new org.example.web.AppCookie(...), which hands the name to " + SERVLET_COOKIE)));
  }

  /**
   * The code base's own class that sets the cookie itself (a method that takes no response, a
   * factory whose result is only read): the names its constructor or factory takes are judged,
   * whatever happens to the object afterwards; an anonymous subclass hands them to its superclass.
   */
  @Test
  void aCodeBaseClassThatSetsTheCookieItselfTakesTheNames() {
    JavaFileObject writer =
        JavaFileObjects.forSourceLines(
            "org.example.web.CookieWriter",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class CookieWriter {",
            "  private final HttpServletResponse response;",
            "  private final String name;",
            "  CookieWriter(HttpServletResponse response, String name) {",
            "    this.response = response;",
            "    this.name = name;",
            "  }",
            "  void write(String value) {",
            "    response.addCookie(new Cookie(name, value));",
            "  }",
            "  static String set(HttpServletResponse response, String name) {",
            "    response.addCookie(new Cookie(name, \"v\"));",
            "    return \"v\";",
            "  }",
            "}");
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class Handler {",
            "  void handle(HttpServletResponse response) {",
            "    new CookieWriter(response, \"written\").write(\"x\"); // written",
            "    String value = CookieWriter.set(response, \"factory\"); // factory",
            "    new CookieWriter(response, \"anonymous\") {}.write(\"x\"); // anonymous",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(writer, handler));

    String byConstructor =
        "new org.example.web.CookieWriter(...), which hands the name to " + SERVLET_COOKIE;
    assertDiagnostics(
        compilation,
        error(handler, "// written", undeclaredCookie("written", byConstructor)),
        error(
            handler,
            "// factory",
            undeclaredCookie(
                "factory",
                "org.example.web.CookieWriter.set(...), which hands the name to "
                    + SERVLET_COOKIE)),
        error(handler, "// anonymous", undeclaredCookie("anonymous", byConstructor)));
  }

  /**
   * A method that returns the name is followed through what it returns, and through the methods
   * that override it; a method reference hands names that no call shows; an {@code Object} is no
   * copy of a cookie; {@code ""} names no cookie.
   */
  @Test
  void returnedNamesOverridesReferencesAndDefaults() {
    JavaFileObject cookies =
        JavaFileObjects.forSourceLines(
            "org.example.web.Cookies",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "import java.util.List;",
            "import org.example.portal.PortalCookies;",
            "class Cookies {",
            "  static class Named {",
            "    String getName() {",
            "      return PortalCookies.LANGUAGE;",
            "    }",
            "  }",
            "  static class Tracking extends Named {",
            "    @Override",
            "    String getName() {",
            "      return \"tracking\"; // overrides",
            "    }",
            "  }",
            "  static class Copy {",
            "    private String name = \"\";",
            "    Copy(Object settings) {",
            "      this.name = settings.toString(); // not a copy",
            "    }",
            "    void addTo(HttpServletResponse response) {",
            "      response.addCookie(new Cookie(name, \"v\"));",
            "    }",
            "  }",
            "  void set(HttpServletResponse response, Named named) {",
            "    response.addCookie(new Cookie(named.getName(), \"v\"));",
            "  }",
            "  void named(HttpServletResponse response, String name) {",
            "    response.addCookie(new Cookie(name, \"v\"));",
            "  }",
            "  void handle(HttpServletResponse response) {",
            "    set(response, new Tracking());",
            "    named(response, PortalCookies.LANGUAGE);",
            "    List.of(\"a\").forEach(n -> named(response, n)); // lambda",
            "    java.util.function.BiConsumer<HttpServletResponse, String> reference =",
            "        this::named; // reference",
            "    new Copy(new Object()).addTo(response);",
            "  }",
            "}");
    Compilation compilation = compile(Stubs.withPortal(cookies));

    String named = "org.example.web.Cookies.named(...), which hands the name to " + SERVLET_COOKIE;
    assertDiagnostics(
        compilation,
        error(
            cookies,
            "// overrides",
            undeclaredCookie(
                "tracking",
                "org.example.web.Cookies.Tracking.getName(...), which hands the name to "
                    + SERVLET_COOKIE)),
        warning(
            cookies,
            "// not a copy",
            computedCookieName(
                "the field org.example.web.Cookies.Copy.name, which hands the name to "
                    + SERVLET_COOKIE)),
        warning(cookies, "// lambda", computedCookieName(named)),
        warning(cookies, "// reference", computedCookieName(named)));
  }

  /** A helper's constant max-age is checked against the declaration of each name handed to it. */
  @Test
  void aHelpersMaxAgeIsCheckedForTheNamesHandedToIt() {
    JavaFileObject helper =
        JavaFileObjects.forSourceLines(
            "org.example.web.Remember",
            "package org.example.web;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "class Remember {",
            "  static void cookie(HttpServletResponse response, String name) {",
            "    Cookie cookie = new Cookie(name, \"v\");",
            "    cookie.setMaxAge(400 * 86400); // max-age",
            "    response.addCookie(cookie);",
            "  }",
            "  static void header(HttpServletResponse response, String name) {",
            "    response.addHeader(\"Set-Cookie\", name + \"=v; Max-Age=34560000\"); // header",
            "  }",
            "  static void handle(HttpServletResponse response) {",
            "    cookie(response, org.example.portal.PortalCookies.LANGUAGE);",
            "    header(response, org.example.portal.PortalCookies.LANGUAGE);",
            "  }",
            "}");
    Compilation compilation =
        TestSources.create().withStubs().withSite().withPortalLifetimes().with(helper).compile();

    assertDiagnostics(
        compilation,
        fourHundredDaysOnLanguage(helper, "// max-age", SERVLET_COOKIE),
        fourHundredDaysOnLanguage(
            helper,
            "// header",
            "a Set-Cookie header, jakarta.servlet.http.HttpServletResponse.addHeader(...)"));
  }

  /**
   * In a library, a public method's parameter may take any name from the modules that call it: the
   * cookie it sets keeps its computed name, and the names the library itself hands it are judged.
   */
  @Test
  void aLibrarysPublicMethodKeepsItsComputedName() {
    JavaFileObject helper =
        JavaFileObjects.forSourceLines(
            "org.example.lib.Cookies",
            "package org.example.lib;",
            "import jakarta.servlet.http.Cookie;",
            "import jakarta.servlet.http.HttpServletResponse;",
            "public class Cookies {",
            "  public static void set(HttpServletResponse response, String name) {",
            "    response.addCookie(new Cookie(name, \"v\")); // public",
            "  }",
            "  static void own(HttpServletResponse response) {",
            "    set(response, \"lib_own\"); // own",
            "  }",
            "}");
    Compilation compilation =
        compile(List.of("-Acookiecharter.library=true"), concat(Stubs.all(), helper));

    assertDiagnostics(
        compilation,
        warning(helper, "// public", computedCookieName(SERVLET_COOKIE)),
        error(
            helper,
            "// own",
            undeclaredCookie(
                "lib_own",
                "org.example.lib.Cookies.set(...), which hands the name to " + SERVLET_COOKIE)));
  }

  /**
   * javac prints the names handed on before its count of errors: they are judged once the last
   * class is analysed, not when the compilation ends.
   */
  @Test
  void handedNamesAreReportedBeforeJavacsCount(@TempDir Path directory) throws Exception {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "class Handler {",
            "  void handle(jakarta.servlet.http.HttpServletResponse response) {",
            "    CookieHelper.set(response, \"tracker\", \"v\");",
            "  }",
            "}");
    List<Path> sources =
        DirectoryCompilation.writeSources(
            directory.resolve("src"), List.of(Stubs.withPortal(HELPER, handler)));
    List<String> arguments = new ArrayList<>(List.of("-d"));
    arguments.add(directory.resolve("classes").toString());
    arguments.add("-processorpath");
    arguments.add(System.getProperty("java.class.path"));
    arguments.add("-classpath");
    arguments.add(System.getProperty("java.class.path"));
    for (Path source : sources) {
      arguments.add(source.toString());
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream printed = new PrintStream(output, true, StandardCharsets.UTF_8);
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, printed, printed, arguments.toArray(String[]::new));

    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(status).isNotEqualTo(0);
    assertThat(text).contains("cookie \"tracker\" is set here by");
    assertThat(text.indexOf("cookie \"tracker\"")).isLessThan(text.indexOf("1 error"));
  }

  private static JavaFileObject[] concat(List<JavaFileObject> first, JavaFileObject... more) {
    List<JavaFileObject> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray(JavaFileObject[]::new);
  }
}
