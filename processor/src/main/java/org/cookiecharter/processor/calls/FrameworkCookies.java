package org.cookiecharter.processor.calls;

import static org.cookiecharter.processor.calls.CallMatcher.BOOLEAN;
import static org.cookiecharter.processor.calls.CallMatcher.STRING;
import static org.cookiecharter.processor.calls.CallMatcher.constructor;
import static org.cookiecharter.processor.calls.CallMatcher.instanceMethod;
import static org.cookiecharter.processor.calls.CallMatcher.staticMethod;
import static org.cookiecharter.processor.calls.FrameworkCookie.named;
import static org.cookiecharter.processor.calls.FrameworkCookie.session;

import java.util.List;
import java.util.Set;
import org.cookiecharter.processor.calls.FrameworkCookie.Condition;

/**
 * The cookies that frameworks set when the code uses them, without the code naming the cookie. Each
 * default was read from the framework's own source, as cited. The calls that rename these cookies
 * (such as {@code setCookieName}) are sinks ({@link BuiltInSinks}), checked as any other. {@code
 * CallTablesTest} resolves every trigger against the real jars of the versions cited
 * (processor/pom.xml copies them).
 */
final class FrameworkCookies {
  /** The servlet containers' session cookie: Jetty 12 and 11, Undertow, Tomcat. */
  static final String JSESSIONID = "JSESSIONID";

  private static final String JAKARTA_REQUEST = "jakarta.servlet.http.HttpServletRequest";
  private static final String JAVAX_REQUEST = "javax.servlet.http.HttpServletRequest";

  private static final String SPRING_SECURITY =
      "org.springframework.security.config.annotation.web.builders.HttpSecurity";

  private FrameworkCookies() {}

  /**
   * Where a framework hands the code an {@code HttpSession} it creates for it, so that the
   * container sets its session cookie though no call in the code asks for a session.
   *
   * @param sessionTypes the session's types, as variables declare them
   * @param handlerPackage the package of the annotations that make a method a request handler,
   *     whose session parameter the framework fills
   * @param handlerSuffix how those annotations' simple names end
   * @param injections the annotations that have a field injected
   */
  record InjectedSessions(
      Set<String> sessionTypes,
      String handlerPackage,
      String handlerSuffix,
      Set<String> injections) {}

  /**
   * Spring MVC's request handlers ({@code @RequestMapping}, {@code @GetMapping}...): 6.2.8 and
   * 7.0.10 ServletRequestMethodArgumentResolver fills an {@code HttpSession} parameter with {@code
   * request.getSession()}, which creates the session; and fields injected by Spring, Jakarta or
   * javax annotations.
   */
  static final InjectedSessions INJECTED_SESSIONS =
      new InjectedSessions(
          Set.of("jakarta.servlet.http.HttpSession", "javax.servlet.http.HttpSession"),
          "org.springframework.web.bind.annotation.",
          "Mapping",
          Set.of(
              "org.springframework.beans.factory.annotation.Autowired",
              "jakarta.inject.Inject",
              "javax.inject.Inject",
              "jakarta.annotation.Resource",
              "javax.annotation.Resource"));

  /** An enum constant, by its enum's qualified name and its own. */
  record EnumConstant(String type, String name) {}

  /**
   * The constant that, named in the method that configures Spring Security, makes it create no
   * session ({@link Condition#UNLESS_STATELESS}).
   */
  static final EnumConstant STATELESS_SESSIONS =
      new EnumConstant(
          "org.springframework.security.config.http.SessionCreationPolicy", "STATELESS");

  static final List<FrameworkCookie> ALL =
      CallTable.of(
          // The session cookie. jakarta.servlet-api 6.1.0 HttpServletRequest: getSession() creates
          // a session, getSession(boolean) if its argument is true. Jetty 12.0.16 SessionConfig
          // __DefaultSessionCookie = "JSESSIONID"; Undertow 2.3.18 SessionCookieConfig and
          // ServletSessionConfig DEFAULT_SESSION_ID = "JSESSIONID".
          session(
              instanceMethod()
                  .onDescendantOfAny(JAKARTA_REQUEST, JAVAX_REQUEST)
                  .named("getSession")
                  .withParameters(),
              JSESSIONID,
              Condition.ALWAYS),
          session(
              instanceMethod()
                  .onDescendantOfAny(JAKARTA_REQUEST, JAVAX_REQUEST)
                  .named("getSession")
                  .withParameters(BOOLEAN),
              JSESSIONID,
              Condition.UNLESS_FIRST_ARGUMENT_FALSE),
          // jakarta.servlet-api 6.1.0 HttpServletRequest#changeSessionId() (since Servlet 3.1, so
          // javax.servlet-api 3.1.0 and 4.0.1 too): the session gets a new id, which the container
          // sets in its session cookie anew.
          session(
              instanceMethod()
                  .onDescendantOfAny(JAKARTA_REQUEST, JAVAX_REQUEST)
                  .named("changeSessionId")
                  .withParameters(),
              JSESSIONID,
              Condition.ALWAYS),
          // Javalin 6.6.0 Context: sessionAttribute(key, value) = req().session.setAttribute(..),
          // on Jetty 11.0.25 (SessionHandler __DefaultSessionCookie = "JSESSIONID").
          session(
              instanceMethod()
                  .onDescendantOf("io.javalin.http.Context")
                  .named("sessionAttribute")
                  .withParameters(STRING, "java.lang.Object"),
              JSESSIONID,
              Condition.ALWAYS),
          // Spring Security 6.5.0 and 7.0.8 HttpSecurity: a log-in keeps the authentication in the
          // session, unless SessionCreationPolicy.STATELESS.
          session(
              instanceMethod()
                  .onDescendantOf(SPRING_SECURITY)
                  .named("formLogin")
                  .withAnyParameters(),
              JSESSIONID,
              Condition.UNLESS_STATELESS),
          session(
              instanceMethod()
                  .onDescendantOf(SPRING_SECURITY)
                  .named("oauth2Login")
                  .withAnyParameters(),
              JSESSIONID,
              Condition.UNLESS_STATELESS),
          session(
              instanceMethod()
                  .onDescendantOf(SPRING_SECURITY)
                  .named("sessionManagement")
                  .withAnyParameters(),
              JSESSIONID,
              Condition.UNLESS_STATELESS),
          // Spark 2.9.4 Request: session() is servletRequest.getSession(), session(boolean) is
          // getSession(create), on its embedded Jetty's SessionHandler (JSESSIONID).
          session(
              instanceMethod().onDescendantOf("spark.Request").named("session").withParameters(),
              JSESSIONID,
              Condition.ALWAYS),
          session(
              instanceMethod()
                  .onDescendantOf("spark.Request")
                  .named("session")
                  .withParameters(BOOLEAN),
              JSESSIONID,
              Condition.UNLESS_FIRST_ARGUMENT_FALSE),
          // Spring WebFlux 6.2.8 WebSession: start() and changeSessionId() make the session manager
          // save the session and set its id in the cookie of CookieWebSessionIdResolver,
          // cookieName = "SESSION".
          session(
              instanceMethod()
                  .onDescendantOf("org.springframework.web.server.WebSession")
                  .named("start")
                  .withParameters(),
              "SESSION",
              Condition.ALWAYS),
          session(
              instanceMethod()
                  .onDescendantOf("org.springframework.web.server.WebSession")
                  .named("changeSessionId")
                  .withParameters(),
              "SESSION",
              Condition.ALWAYS),
          // Micronaut Session 4.7.0 HttpSessionConfiguration DEFAULT_COOKIENAME = "SESSION";
          // SessionStore#newSession() makes the session whose id the cookie carries.
          session(
              instanceMethod()
                  .onDescendantOf("io.micronaut.session.SessionStore")
                  .named("newSession")
                  .withParameters(),
              "SESSION",
              Condition.ALWAYS),
          // Spring Security 6.5.0 and 7.0.8 CookieCsrfTokenRepository DEFAULT_CSRF_COOKIE_NAME =
          // "XSRF-TOKEN"; setCookieName(String) renames it.
          named(
              constructor()
                  .forClass("org.springframework.security.web.csrf.CookieCsrfTokenRepository")
                  .withParameters(),
              "XSRF-TOKEN",
              "setCookieName"),
          named(
              staticMethod()
                  .onClass("org.springframework.security.web.csrf.CookieCsrfTokenRepository")
                  .named("withHttpOnlyFalse")
                  .withParameters(),
              "XSRF-TOKEN",
              "setCookieName"),
          // Spring Security 6.5.0 and 7.0.8 WebFlux CookieServerCsrfTokenRepository
          // DEFAULT_CSRF_COOKIE_NAME = "XSRF-TOKEN"; setCookieName(String) renames it.
          named(
              constructor()
                  .forClass(
                      "org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository")
                  .withParameters(),
              "XSRF-TOKEN",
              "setCookieName"),
          named(
              staticMethod()
                  .onClass(
                      "org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository")
                  .named("withHttpOnlyFalse")
                  .withParameters(),
              "XSRF-TOKEN",
              "setCookieName"),
          // Spring Security 6.5.0 and 7.0.8 AbstractRememberMeServices
          // SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY = "remember-me"; setCookieName(String) renames
          // it.
          // A subclass's constructor calls these with super(..).
          named(
              constructor()
                  .forClass(
                      "org.springframework.security.web.authentication.rememberme"
                          + ".TokenBasedRememberMeServices")
                  .withAnyParameters(),
              "remember-me",
              "setCookieName"),
          named(
              constructor()
                  .forClass(
                      "org.springframework.security.web.authentication.rememberme"
                          + ".PersistentTokenBasedRememberMeServices")
                  .withAnyParameters(),
              "remember-me",
              "setCookieName"),
          // Spring Security 6.5.0 and 7.0.8 RememberMeConfigurer DEFAULT_REMEMBER_ME_NAME =
          // "remember-me" unless rememberMeCookieName(..), or rememberMeServices(..) hands the job
          // to
          // a service object, checked where it is built.
          named(
              instanceMethod()
                  .onDescendantOf(SPRING_SECURITY)
                  .named("rememberMe")
                  .withAnyParameters(),
              "remember-me",
              "rememberMeCookieName",
              "rememberMeServices"),
          // Spring MVC 6.2.8 and 7.0.10 CookieLocaleResolver DEFAULT_COOKIE_NAME =
          // CookieLocaleResolver.class.getName() + ".LOCALE"; the constructor with a name renames
          // it.
          named(
              constructor()
                  .forClass("org.springframework.web.servlet.i18n.CookieLocaleResolver")
                  .withParameters(),
              "org.springframework.web.servlet.i18n.CookieLocaleResolver.LOCALE",
              "setCookieName"),
          // Spring Session 3.5.0 DefaultCookieSerializer cookieName = "SESSION";
          // setCookieName(String).
          named(
              constructor()
                  .forClass("org.springframework.session.web.http.DefaultCookieSerializer")
                  .withParameters(),
              "SESSION",
              "setCookieName"),
          // Spring WebFlux 6.2.8 CookieWebSessionIdResolver cookieName = "SESSION"; setCookieName.
          named(
              constructor()
                  .forClass("org.springframework.web.server.session.CookieWebSessionIdResolver")
                  .withParameters(),
              "SESSION",
              "setCookieName"),
          // Vert.x Web 4.5.14 and 5.0.12 SessionHandler DEFAULT_SESSION_COOKIE_NAME =
          // "vertx-web.session"; setSessionCookieName(String) renames it.
          named(
              staticMethod()
                  .onClass("io.vertx.ext.web.handler.SessionHandler")
                  .named("create")
                  .withAnyParameters(),
              "vertx-web.session",
              "setSessionCookieName"),
          // Undertow 2.3.18 SessionCookieConfig DEFAULT_SESSION_ID = "JSESSIONID";
          // setCookieName(String) renames it.
          named(
              constructor()
                  .forClass("io.undertow.server.session.SessionCookieConfig")
                  .withParameters(),
              JSESSIONID,
              "setCookieName"),
          // Apache Shiro 2.0.5 CookieRememberMeManager: its constructors set a SimpleCookie
          // template named DEFAULT_REMEMBER_ME_COOKIE_NAME = "rememberMe"; setCookie(Cookie), or
          // getCookie().setName(..), changes it.
          named(
              constructor()
                  .forClass("org.apache.shiro.web.mgt.CookieRememberMeManager")
                  .withAnyParameters(),
              "rememberMe",
              "setCookie",
              "setName"),
          // Apache Shiro 2.0.5 DefaultWebSessionManager(): its session id cookie is a SimpleCookie
          // named ShiroHttpSession.DEFAULT_SESSION_ID_NAME = "JSESSIONID"; setSessionIdCookie or
          // getSessionIdCookie().setName(..) renames it. (setSessionIdCookieEnabled(false) turns it
          // off, but a call with true, or a variable, looks the same: silence that call instead.)
          named(
              constructor()
                  .forClass("org.apache.shiro.web.session.mgt.DefaultWebSessionManager")
                  .withParameters(),
              JSESSIONID,
              "setSessionIdCookie",
              "setName"));
}
