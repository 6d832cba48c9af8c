package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.fourHundredDaysOnLanguage;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Other libraries' cookie classes and cookie-setting calls (Apache Shiro, Spark, pac4j, Apache
 * Wicket, Jakarta Faces, Apache Tapestry, Jooby, Ratpack), compiled against their real jars at the
 * versions that the tables cite.
 */
class OtherLibrariesTest {

  private static Compilation compile(JavaFileObject portal, JavaFileObject... sources) {
    List<JavaFileObject> all =
        new java.util.ArrayList<>(List.of(Fixtures.site("https://data.example.org"), portal));
    all.addAll(List.of(sources));
    return Compiler.javac()
        .withProcessors(new CookieCharterProcessor())
        .withClasspath(FrameworkJars.classPath("main"))
        .compile(all);
  }

  @Test
  void eachLibrarysCookieNameIsChecked() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import org.example.portal.PortalCookies;",
            "@SuppressWarnings(\"deprecation\")",
            "class Handler {",
            "  Object shiro(javax.servlet.http.HttpServletRequest request,",
            "      javax.servlet.http.HttpServletResponse response) {",
            "    new org.apache.shiro.web.servlet.SimpleCookie(\"shiro_a\")",
            "        .saveTo(request, response);",
            "    org.apache.shiro.web.servlet.Cookie b =",
            "        new org.apache.shiro.web.servlet.SimpleCookie(PortalCookies.SESSION_ID);",
            "    b.setName(\"shiro_b\");",
            "    String read = new org.apache.shiro.web.servlet.SimpleCookie(\"read_only\")",
            "        .readValue(request, response); // reads a cookie: sets none",
            "    new org.apache.shiro.web.servlet.SimpleCookie(\"removed\")",
            "        .removeFrom(request, response); // deletes a cookie: sets none",
            "    return b;",
            "  }",
            "  void spark(spark.Request request, spark.Response response) {",
            "    response.cookie(\"spark_a\", \"v\");",
            "    response.cookie(\"/\", \"spark_b\", \"v\", 60, false);",
            "    response.cookie(\"example.org\", \"/\", \"spark_c\", \"v\", 60, false, true);",
            "    response.cookie(PortalCookies.CSRF_TOKEN, \"v\");",
            "    request.session(false); // creates none",
            "  }",
            "  void pac4j(org.pac4j.core.context.WebContext context) {",
            "    context.addResponseCookie(new org.pac4j.core.context.Cookie(\"pac4j_a\", \"v\"));",
            "  }",
            "  void wicket(org.apache.wicket.util.cookies.CookieUtils cookies) {",
            "    cookies.save(\"wicket_a\", \"v\");",
            "  }",
            "  void faces(jakarta.faces.context.ExternalContext jakarta,",
            "      javax.faces.context.ExternalContext javax) {",
            "    jakarta.addResponseCookie(\"faces_a\", \"v\", null);",
            "    javax.addResponseCookie(\"faces_b\", \"v\", null);",
            "  }",
            "  void tapestry(org.apache.tapestry5.services.Cookies cookies) {",
            "    cookies.writeCookieValue(\"tapestry_a\", \"v\");",
            "    cookies.writeCookieValue(\"tapestry_b\", \"v\", 60);",
            "    cookies.getBuilder(\"tapestry_c\", \"v\").write();",
            "  }",
            "  void jooby(io.jooby.Context context) {",
            "    context.setResponseCookie(new io.jooby.Cookie(\"jooby_a\", \"v\"));",
            "  }",
            "  void ratpack(ratpack.http.Response response) {",
            "    response.cookie(\"ratpack_a\", \"v\");",
            "  }",
            "}");
    Compilation compilation = compile(Fixtures.portalCookies(), handler);

    String shiroSimple = "new org.apache.shiro.web.servlet.SimpleCookie(...)";
    String sparkCookie = "spark.Response.cookie(...)";
    assertDiagnostics(
        compilation,
        error(handler, "\"shiro_a\"", undeclaredCookie("shiro_a", shiroSimple)),
        error(
            handler,
            "\"shiro_b\"",
            undeclaredCookie("shiro_b", "org.apache.shiro.web.servlet.Cookie.setName(...)")),
        error(handler, "\"spark_a\"", undeclaredCookie("spark_a", sparkCookie)),
        error(handler, "\"spark_b\"", undeclaredCookie("spark_b", sparkCookie)),
        error(handler, "\"spark_c\"", undeclaredCookie("spark_c", sparkCookie)),
        error(
            handler,
            "\"pac4j_a\"",
            undeclaredCookie("pac4j_a", "new org.pac4j.core.context.Cookie(...)")),
        error(
            handler,
            "\"wicket_a\"",
            undeclaredCookie("wicket_a", "org.apache.wicket.util.cookies.CookieUtils.save(...)")),
        error(
            handler,
            "\"faces_a\"",
            undeclaredCookie(
                "faces_a", "jakarta.faces.context.ExternalContext.addResponseCookie(...)")),
        error(
            handler,
            "\"faces_b\"",
            undeclaredCookie(
                "faces_b", "javax.faces.context.ExternalContext.addResponseCookie(...)")),
        error(
            handler,
            "\"tapestry_a\"",
            undeclaredCookie(
                "tapestry_a", "org.apache.tapestry5.services.Cookies.writeCookieValue(...)")),
        error(
            handler,
            "\"tapestry_b\"",
            undeclaredCookie(
                "tapestry_b", "org.apache.tapestry5.services.Cookies.writeCookieValue(...)")),
        error(
            handler,
            "\"tapestry_c\"",
            undeclaredCookie(
                "tapestry_c", "org.apache.tapestry5.services.Cookies.getBuilder(...)")),
        error(handler, "\"jooby_a\"", undeclaredCookie("jooby_a", "new io.jooby.Cookie(...)")),
        error(
            handler,
            "\"ratpack_a\"",
            undeclaredCookie("ratpack_a", "ratpack.http.Response.cookie(...)")));
  }

  /**
   * Shiro's remember-me manager and native session manager, and Spark's sessions, set cookies of
   * the framework under their default names.
   */
  @Test
  void shiroAndSparkSetTheirOwnCookies() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Security",
            "package org.example.web;",
            "import org.apache.shiro.web.mgt.CookieRememberMeManager;",
            "import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;",
            "import org.example.portal.PortalCookies;",
            "class Security {",
            "  Object rememberMe() {",
            "    return new CookieRememberMeManager(); // remember me",
            "  }",
            "  Object renamedRememberMe() {",
            "    CookieRememberMeManager manager = new CookieRememberMeManager();",
            "    manager.getCookie().setName(PortalCookies.LANGUAGE);",
            "    return manager;",
            "  }",
            "  Object sessions() {",
            "    return new DefaultWebSessionManager(); // native sessions",
            "  }",
            "  Object renamedSessions() {",
            "    DefaultWebSessionManager manager = new DefaultWebSessionManager();",
            "    manager.getSessionIdCookie().setName(PortalCookies.SESSION_ID);",
            "    return manager;",
            "  }",
            "  Object spark(spark.Request request) {",
            "    return request.session(); // spark session",
            "  }",
            "}");
    Compilation compilation = compile(Fixtures.portalCookies(), handler);

    assertDiagnostics(
        compilation,
        error(
            handler,
            "// remember me",
            "[cookie-charter:UndeclaredCookie] new"
                + " org.apache.shiro.web.mgt.CookieRememberMeManager(...) makes the framework set"
                + " cookie \"rememberMe\", its default name, but no @DeclaredCookie declares it:"
                + " annotate a constant \"rememberMe\" with @DeclaredCookie(provider, service,"
                + " purpose, category), or rename the cookie with setCookie(...) where"
                + " cookie-charter sees it, on the same object or in the same configuration"),
        error(
            handler,
            "// native sessions",
            "[cookie-charter:UndeclaredCookie]"
                + " new org.apache.shiro.web.session.mgt.DefaultWebSessionManager(...) makes the"
                + " framework set cookie \"JSESSIONID\", its default name, but no @DeclaredCookie"
                + " declares it: annotate a constant \"JSESSIONID\" with @DeclaredCookie(provider,"
                + " service, purpose, category), or rename the cookie with setSessionIdCookie(...)"
                + " where cookie-charter sees it, on the same object or in the same configuration"),
        error(
            handler,
            "// spark session",
            "[cookie-charter:UndeclaredCookie] spark.Request.session(...) makes the server set its"
                + " session cookie \"JSESSIONID\", which no @DeclaredCookie declares: annotate a"
                + " constant \"JSESSIONID\" with @DeclaredCookie(provider, service, purpose,"
                + " category), or, if the session cookie has another name"
                + " (server.servlet.session.cookie.name, web.xml), pass"
                + " -Acookiecharter.sessionCookie=NAME"));
  }

  /** The libraries' max-ages are checked against the declared duration. */
  @Test
  void theirMaxAgesAreChecked() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handler",
            "package org.example.web;",
            "import org.example.portal.PortalCookies;",
            "@SuppressWarnings(\"deprecation\")",
            "class Handler {",
            "  Object all(spark.Response spark, org.apache.tapestry5.services.Cookies tapestry,",
            "      io.jooby.Context jooby, org.pac4j.core.context.WebContext pac4j) {",
            "    spark.cookie(PortalCookies.LANGUAGE, \"fr\", 400 * 86400); // spark",
            "    spark.cookie(\"/\", PortalCookies.LANGUAGE, \"fr\", 400 * 86400, false); // path",
            "    tapestry.writeCookieValue(PortalCookies.LANGUAGE, \"fr\", 400 * 86400); //"
                + " tapestry",
            "    jooby.setResponseCookie(new io.jooby.Cookie(PortalCookies.LANGUAGE, \"fr\")",
            "        .setMaxAge(java.time.Duration.ofDays(400))); // jooby",
            "    org.pac4j.core.context.Cookie p =",
            "        new org.pac4j.core.context.Cookie(PortalCookies.LANGUAGE, \"fr\");",
            "    p.setMaxAge(400 * 86400); // pac4j",
            "    pac4j.addResponseCookie(p);",
            "    org.apache.shiro.web.servlet.SimpleCookie s =",
            "        new org.apache.shiro.web.servlet.SimpleCookie(PortalCookies.LANGUAGE);",
            "    s.setMaxAge(400 * 86400); // shiro",
            "    return s;",
            "  }",
            "}");
    Compilation compilation = compile(Fixtures.portalCookiesWithLifetimes(), handler);

    assertDiagnostics(
        compilation,
        fourHundredDaysOnLanguage(handler, "// spark", "spark.Response.cookie(...)"),
        fourHundredDaysOnLanguage(handler, "// path", "spark.Response.cookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "// tapestry", "org.apache.tapestry5.services.Cookies.writeCookieValue(...)"),
        fourHundredDaysOnLanguage(handler, "// jooby", "new io.jooby.Cookie(...)"),
        fourHundredDaysOnLanguage(handler, "// pac4j", "new org.pac4j.core.context.Cookie(...)"),
        fourHundredDaysOnLanguage(
            handler, "// shiro", "new org.apache.shiro.web.servlet.SimpleCookie(...)"));
    assertThat(compilation.errors()).hasSize(6);
  }
}
