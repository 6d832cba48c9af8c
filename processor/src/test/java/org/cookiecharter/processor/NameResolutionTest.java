package org.cookiecharter.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name of a cookie is known at compile time when it is a literal, a constant of any class (this
 * compilation or a jar), an inherited interface constant, a static import, a concatenation of
 * those, either branch of {@code ?:}, or a local variable initialized with one of those and never
 * assigned again.
 */
class NameResolutionTest {
  @TempDir static Path library;

  @BeforeAll
  static void compileLibrary() {
    ClassPathLibrary.compileInto(
        library,
        JavaFileObjects.forSourceLines(
            "com.lib.LibCookies",
            "package com.lib;",
            "import org.cookiecharter.CookieCategory;",
            "import org.cookiecharter.DeclaredCookie;",
            "public final class LibCookies {",
            "  @DeclaredCookie(provider = \"Lib\", service = \"S\", purpose = \"U\",",
            "      category = CookieCategory.NECESSARY)",
            "  public static final String LIB_SESSION = \"lib_session\";",
            "  public static final String PLAIN = \"lib_plain\";",
            "  public static final String SAME_AS_PORTAL = \"sessionid\";",
            "}"));
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CookieCharterProcessor())
        .withClasspath(ClassPathLibrary.classPathWith(library))
        .compile(Stubs.withPortal(sources));
  }

  private static final JavaFileObject NAMES =
      JavaFileObjects.forSourceLines(
          "org.example.web.Names",
          "package org.example.web;",
          "interface Names {",
          "  String LANGUAGE = \"django_\" + \"language\";",
          "  String TRACKER = \"inherited_tracker\";",
          "  String PREFIX = \"pre\";",
          "}");

  @Test
  void knownDeclaredNamesCompileWithoutDiagnostics() {
    Compilation compilation =
        compile(
            NAMES,
            JavaFileObjects.forSourceLines(
                "org.example.web.Handler",
                "package org.example.web;",
                "import static org.example.portal.PortalCookies.CSRF_TOKEN;",
                "import jakarta.servlet.http.Cookie;",
                "import org.example.portal.PortalCookies;",
                "class Handler implements Names {",
                "  Object[] handle(boolean flag) {",
                "    final String local = \"cookies_preferences\";",
                "    return new Object[] {",
                "      new Cookie(\"sessionid\", \"v\"),",
                "      new Cookie(CSRF_TOKEN, \"v\"),",
                "      new Cookie(LANGUAGE, \"v\"),",
                "      new Cookie(\"session\" + \"id\", \"v\"),",
                "      new Cookie((PortalCookies.CSRF_TOKEN), \"v\"),",
                "      new Cookie(local, \"v\"),",
                "      new Cookie(flag ? PortalCookies.LANGUAGE : \"csrftoken\", \"v\"),",
                "      new Cookie(com.lib.LibCookies.LIB_SESSION, \"v\"),",
                "      new Cookie(com.lib.LibCookies.SAME_AS_PORTAL, \"v\"),",
                "    };",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void knownUndeclaredNamesAreErrorsWhereverTheConstantComesFrom() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import static com.lib.LibCookies.PLAIN;",
            "import jakarta.servlet.http.Cookie;",
            "import org.example.portal.PortalCookies;",
            "class Handler implements Names {",
            "  Object[] handle(boolean flag) {",
            "    return new Object[] {",
            "      new Cookie(\"literal_tracker\", \"v\"),",
            "      new Cookie(TRACKER, \"v\"),",
            "      new Cookie(PLAIN, \"v\"),",
            "      new Cookie(PREFIX + \"_\" + 1, \"v\"),",
            "      new Cookie(flag ? PortalCookies.LANGUAGE : \"branch_tracker\", \"v\"),",
            "    };",
            "  }",
            "}");
    JavaFileObject subclass =
        JavaFileObjects.forSourceLines(
            "org.example.web.TrackerCookie",
            "package org.example.web;",
            "class TrackerCookie extends jakarta.servlet.http.Cookie {",
            "  TrackerCookie(String value) {",
            "    super(\"super_tracker\", value);",
            "  }",
            "}");
    Compilation compilation = compile(NAMES, handler, subclass);

    assertDiagnostics(
        compilation,
        undeclared(handler, "literal_tracker", "\"literal_tracker\""),
        undeclared(handler, "inherited_tracker", "TRACKER"),
        undeclared(handler, "lib_plain", "PLAIN,"),
        undeclared(handler, "pre_1", "PREFIX"),
        undeclared(handler, "branch_tracker", "branch_tracker"),
        undeclared(subclass, "super_tracker", "super("));
  }

  private static ExpectedDiagnostics.Expected undeclared(
      JavaFileObject file, String name, String line) {
    return error(file, line, undeclaredCookie(name, SERVLET_COOKIE));
  }

  @Test
  void aLocalVariableThatIsOnlyInitializedHoldsItsInitializersName() {
    JavaFileObject handler =
        Stubs.handler(
            "String name = \"local_\" + \"tracker\";",
            "String same = name;",
            "new jakarta.servlet.http.Cookie(same, \"v\");",
            "String declared = PortalCookies.SESSION_ID;",
            "new jakarta.servlet.http.Cookie(declared, \"v\");");

    assertDiagnostics(
        compile(handler),
        error(handler, "Cookie(same", undeclaredCookie("local_tracker", SERVLET_COOKIE)));
  }
}
