package org.cookiecharter.processor;

import static org.cookiecharter.processor.Compilations.compile;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Cookies that frameworks set when the code uses them, without naming them: the session cookie, the
 * CSRF cookie, remember-me, the locale... Their default names must be declared, unless the code
 * renames them where cookie-charter sees it.
 */
class FrameworkCookiesTest {
  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.vertx.ext.web.handler.SessionHandler;",
          "import jakarta.servlet.http.HttpServletRequest;",
          "import org.example.portal.PortalCookies;",
          "import org.springframework.security.config.Customizer;",
          "import org.springframework.security.config.annotation.web.builders.HttpSecurity;",
          "import org.springframework.security.config.http.SessionCreationPolicy;",
          "import org.springframework.security.web.authentication.rememberme"
              + ".TokenBasedRememberMeServices;",
          "import org.springframework.security.web.csrf.CookieCsrfTokenRepository;",
          "import org.springframework.session.web.http.DefaultCookieSerializer;",
          "import org.springframework.web.servlet.i18n.CookieLocaleResolver;");

  private static final JavaFileObject TRIGGERS =
      JavaFileObjects.forSourceLines(
          "org.example.web.Triggers",
          "package org.example.web;",
          IMPORTS,
          "class Triggers {",
          "  void handle(HttpServletRequest request, io.javalin.http.Context ctx, HttpSecurity"
              + " http,",
          "      io.vertx.ext.web.sstore.SessionStore store) {",
          "    request.getSession();",
          "    request.getSession(true);",
          "    ctx.sessionAttribute(\"user\", \"bob\");",
          "    http.formLogin(Customizer.withDefaults());",
          "    http.rememberMe(Customizer.withDefaults());",
          "    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();",
          "    Object lax = CookieCsrfTokenRepository.withHttpOnlyFalse();",
          "    Object rememberMe = new TokenBasedRememberMeServices(\"key\", null);",
          "    Object locale = new CookieLocaleResolver();",
          "    Object serializer = new DefaultCookieSerializer();",
          "    Object sessions = SessionHandler.create(store);",
          "    java.util.function.Function<HttpServletRequest, Object> lazy ="
              + " HttpServletRequest::getSession;",
          "  }",
          "}");

  @Test
  void frameworkCookiesWithTheirDefaultNamesMustBeDeclared() {
    assertDiagnostics(
        compile(Stubs.withPortal(TRIGGERS)),
        session("request.getSession();", "jakarta.servlet.http.HttpServletRequest.getSession(...)"),
        session("getSession(true)", "jakarta.servlet.http.HttpServletRequest.getSession(...)"),
        session("::getSession", "jakarta.servlet.http.HttpServletRequest.getSession(...)"),
        session("sessionAttribute", "io.javalin.http.Context.sessionAttribute(...)"),
        session("formLogin", SECURITY + ".formLogin(...)"),
        framework(
            "rememberMe(", SECURITY + ".rememberMe(...)", "remember-me", "rememberMeCookieName"),
        framework(
            "new CookieCsrfTokenRepository()",
            "new " + CSRF + "(...)",
            "XSRF-TOKEN",
            "setCookieName"),
        framework(
            "withHttpOnlyFalse", CSRF + ".withHttpOnlyFalse(...)", "XSRF-TOKEN", "setCookieName"),
        framework(
            "new TokenBasedRememberMeServices",
            "new " + REMEMBER_ME + "(...)",
            "remember-me",
            "setCookieName"),
        framework(
            "new CookieLocaleResolver()",
            "new org.springframework.web.servlet.i18n.CookieLocaleResolver(...)",
            "org.springframework.web.servlet.i18n.CookieLocaleResolver.LOCALE",
            "setCookieName"),
        framework(
            "new DefaultCookieSerializer()",
            "new org.springframework.session.web.http.DefaultCookieSerializer(...)",
            "SESSION",
            "setCookieName"),
        framework(
            "SessionHandler.create",
            "io.vertx.ext.web.handler.SessionHandler.create(...)",
            "vertx-web.session",
            "setSessionCookieName"));
  }

  @Test
  void renamesConditionsAndSuppressionsTheCodeShowsAreRespected() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Handled",
            "package org.example.web;",
            IMPORTS,
            "class Handled {",
            "  void handle(HttpServletRequest request, HttpSecurity http,",
            "      io.vertx.ext.web.sstore.SessionStore store,",
            "      org.springframework.security.web.authentication.RememberMeServices services) {",
            "    request.getSession(false);",
            "    CookieCsrfTokenRepository csrf = CookieCsrfTokenRepository.withHttpOnlyFalse();",
            "    csrf.setCookieName(PortalCookies.CSRF_TOKEN);",
            "    http.rememberMe(remember ->"
                + " remember.rememberMeCookieName(PortalCookies.SESSION_ID));",
            "    http.rememberMe(remember -> remember.rememberMeServices(services));",
            "    Object locale = new CookieLocaleResolver(PortalCookies.LANGUAGE);",
            "    SessionHandler.create(store).setSessionCookieName(PortalCookies.SESSION_ID);",
            "    DefaultCookieSerializer serializer = new DefaultCookieSerializer();",
            "    serializer.setCookieName(PortalCookies.SESSION_ID);",
            "  }",
            "  void stateless(HttpSecurity http) {",
            "    http.sessionManagement(s ->"
                + " s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))",
            "        .formLogin(Customizer.withDefaults());",
            "  }",
            "  @SuppressWarnings(\"cookie-charter\")",
            "  void suppressed(HttpServletRequest request) {",
            "    request.getSession();",
            "  }",
            "}");

    assertDiagnostics(compile(Stubs.withPortal(handler)));
  }

  /**
   * A new session id is a new session cookie; a request class of the code base decides for itself
   * whether its getSession makes the container set one, and is checked where it asks the container.
   */
  @Test
  void changeSessionIdSetsTheCookieAndTheCodeBasesOwnRequestDecidesForItself() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Sessions",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpServletRequest;",
            "import jakarta.servlet.http.HttpSession;",
            "class Sessions {",
            "  /** A request for tests, shipped in main code: no container session. */",
            "  static class MockRequest implements HttpServletRequest {",
            "    private HttpSession session;",
            "    public HttpSession getSession() {",
            "      return getSession(true);",
            "    }",
            "    public HttpSession getSession(boolean create) {",
            "      return session;",
            "    }",
            "    public String changeSessionId() {",
            "      return \"1\";",
            "    }",
            "  }",
            "  /** A request that hands the container's session on. */",
            "  static class Delegating extends MockRequest {",
            "    private final HttpServletRequest container;",
            "    Delegating(HttpServletRequest container) {",
            "      this.container = container;",
            "    }",
            "    @Override",
            "    public HttpSession getSession() {",
            "      return container.getSession(); // the container's",
            "    }",
            "  }",
            "  void handle(HttpServletRequest request, MockRequest mock, Delegating delegating,",
            "      javax.servlet.http.HttpServletRequest old) {",
            "    mock.getSession();",
            "    mock.changeSessionId();",
            "    delegating.getSession();",
            "    request.changeSessionId();",
            "    old.changeSessionId();",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(
            handler,
            "// the container's",
            sessionMessage("jakarta.servlet.http.HttpServletRequest.getSession(...)")),
        error(
            handler,
            "request.changeSessionId()",
            sessionMessage("jakarta.servlet.http.HttpServletRequest.changeSessionId(...)")),
        error(
            handler,
            "old.changeSessionId()",
            sessionMessage("javax.servlet.http.HttpServletRequest.changeSessionId(...)")));
  }

  @Test
  void aRenameIsCheckedAsAnyCookieName() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.web.Renamed",
            "package org.example.web;",
            IMPORTS,
            "class Renamed {",
            "  void handle(HttpSecurity http) {",
            "    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();",
            "    csrf.setCookieName(\"my-xsrf\");",
            "    http.rememberMe(remember -> remember.rememberMeCookieName(\"my-remember-me\"));",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(handler)),
        error(handler, "\"my-xsrf\"", undeclaredCookie("my-xsrf", CSRF + ".setCookieName(...)")),
        error(
            handler,
            "\"my-remember-me\"",
            undeclaredCookie(
                "my-remember-me",
                "org.springframework.security.config.annotation.web.configurers.RememberMeConfigurer"
                    + ".rememberMeCookieName(...)")));
  }

  @Test
  void sessionCookieOptionNamesTheSessionCookie() {
    JavaFileObject handler =
        Stubs.handler("((jakarta.servlet.http.HttpServletRequest) response).getSession();");

    assertDiagnostics(
        compile(List.of("-Acookiecharter.sessionCookie=sessionid"), Stubs.withPortal(handler)));
  }

  @Test
  void frameworkCookiesOffTurnsTheCheckOff() {
    assertDiagnostics(
        compile(List.of("-Acookiecharter.frameworkCookies=off"), Stubs.withPortal(TRIGGERS)));
  }

  @Test
  void subclassOfAFrameworkClassCountsLikeItsParent() {
    JavaFileObject services =
        JavaFileObjects.forSourceLines(
            "org.example.web.RememberMe",
            "package org.example.web;",
            IMPORTS,
            "class RememberMe {",
            "  static class Default extends TokenBasedRememberMeServices {",
            "    Default() {",
            "      super(\"key\", null);",
            "    }",
            "  }",
            "  static class Named extends TokenBasedRememberMeServices {",
            "    Named() {",
            "      super(\"named\", null);",
            "      setCookieName(PortalCookies.SESSION_ID);",
            "    }",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(services)),
        error(
            services,
            "super(\"key\"",
            frameworkMessage("new " + REMEMBER_ME + "(...)", "remember-me", "setCookieName")));
  }

  @Test
  void httpSessionThatSpringGivesAHandlerCreatesTheSession() {
    JavaFileObject controller =
        JavaFileObjects.forSourceLines(
            "org.example.web.Controller",
            "package org.example.web;",
            "import jakarta.servlet.http.HttpSession;",
            "import org.springframework.beans.factory.annotation.Autowired;",
            "import org.springframework.web.bind.annotation.GetMapping;",
            "class Controller {",
            "  @Autowired HttpSession injected;",
            "  @GetMapping(\"/\")",
            "  String home(HttpSession session) {",
            "    return \"\";",
            "  }",
            "  String notAHandler(HttpSession other) {",
            "    return \"\";",
            "  }",
            "}");

    assertDiagnostics(
        compile(Stubs.withPortal(controller)),
        error(
            controller,
            "HttpSession injected",
            sessionMessage("the injected jakarta.servlet.http.HttpSession injected")),
        error(
            controller,
            "HttpSession session",
            sessionMessage(
                "the jakarta.servlet.http.HttpSession parameter session of this request handler")));
  }

  private static final String SECURITY =
      "org.springframework.security.config.annotation.web.builders.HttpSecurity";
  private static final String CSRF =
      "org.springframework.security.web.csrf.CookieCsrfTokenRepository";
  private static final String REMEMBER_ME =
      "org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices";

  private static ExpectedDiagnostics.Expected session(String line, String call) {
    return error(TRIGGERS, line, sessionMessage(call));
  }

  private static ExpectedDiagnostics.Expected framework(
      String line, String call, String name, String rename) {
    return error(TRIGGERS, line, frameworkMessage(call, name, rename));
  }

  private static String sessionMessage(String what) {
    return "[cookie-charter:UndeclaredCookie] "
        + what
        + " makes the server set its session cookie \"JSESSIONID\", which no @DeclaredCookie"
        + " declares: annotate a constant \"JSESSIONID\" with @DeclaredCookie(provider, service,"
        + " purpose, category), or, if the session cookie has another name"
        + " (server.servlet.session.cookie.name, web.xml), pass -Acookiecharter.sessionCookie=NAME";
  }

  private static String frameworkMessage(String call, String name, String rename) {
    return "[cookie-charter:UndeclaredCookie] "
        + call
        + " makes the framework set cookie \""
        + name
        + "\", its default name, but no @DeclaredCookie declares it: annotate a constant \""
        + name
        + "\" with @DeclaredCookie(provider, service, purpose, category), or rename the cookie with"
        + " "
        + rename
        + "(...) where cookie-charter sees it, on the same object or in the same configuration";
  }
}
