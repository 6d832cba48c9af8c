package org.cookiecharter.processor.calls;

import static org.cookiecharter.processor.calls.CallMatcher.ANY;
import static org.cookiecharter.processor.calls.CallMatcher.BOOLEAN;
import static org.cookiecharter.processor.calls.CallMatcher.BOXED_INT;
import static org.cookiecharter.processor.calls.CallMatcher.DURATION;
import static org.cookiecharter.processor.calls.CallMatcher.INT;
import static org.cookiecharter.processor.calls.CallMatcher.LONG;
import static org.cookiecharter.processor.calls.CallMatcher.STRING;
import static org.cookiecharter.processor.calls.CallMatcher.STRING_ARRAY;
import static org.cookiecharter.processor.calls.CallMatcher.TEMPORAL_AMOUNT;
import static org.cookiecharter.processor.calls.CallMatcher.constructor;
import static org.cookiecharter.processor.calls.CallMatcher.instanceMethod;
import static org.cookiecharter.processor.calls.CallMatcher.staticMethod;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cookie-setting APIs that cookie-charter knows, one entry per method or constructor, each with
 * the argument that names the cookie. Where an API has several overloads that take the name first,
 * {@code withParametersStartingWith} takes them all; overloads whose name argument is not a {@code
 * String} (a cookie object, a builder) name no cookie. Request-side cookie types ({@code
 * jakarta.ws.rs.core.Cookie}, {@code org.springframework.http.HttpCookie}, {@code
 * java.net.HttpCookie}) read cookies, so they are not listed.
 *
 * <p>The versions in the comments are those that {@code CallTablesTest} resolves every entry
 * against, in the real jars (processor/pom.xml copies them): an entry whose class or method those
 * jars lack fails it.
 */
final class BuiltInSinks {
  private static final String JAKARTA_RESPONSE = "jakarta.servlet.http.HttpServletResponse";
  private static final String JAVAX_RESPONSE = "javax.servlet.http.HttpServletResponse";
  private static final String SPRING_RESPONSE_COOKIE = "org.springframework.http.ResponseCookie";
  private static final String SPRING_HEADERS = "org.springframework.http.HttpHeaders";
  private static final String SHIRO_SIMPLE_COOKIE = "org.apache.shiro.web.servlet.SimpleCookie";
  private static final String SHIRO_COOKIE = "org.apache.shiro.web.servlet.Cookie";
  private static final String SPARK_RESPONSE = "spark.Response";
  private static final String TAPESTRY_COOKIES = "org.apache.tapestry5.services.Cookies";
  private static final String JOOBY_COOKIE = "io.jooby.Cookie";
  private static final String OMNIFACES_SERVLETS = "org.omnifaces.util.Servlets";
  private static final String OMNIFACES_FACES = "org.omnifaces.util.Faces";
  private static final String WEBFLUX_CSRF_REPOSITORY =
      "org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository";

  private BuiltInSinks() {}

  /**
   * The calls that send a cookie object to a server, or make a request with it: a cookie object
   * that goes only to these (and to its own methods) never reaches a response, so its constructor
   * or factory is not a call that sets a cookie.
   */
  static final List<CallMatcher> CLIENT_SIDE =
      CallTable.of(
          // Netty 4.2.20.Final: the Cookie header of a client's request
          instanceMethod()
              .onDescendantOf("io.netty.handler.codec.http.cookie.ClientCookieEncoder")
              .named("encode")
              .withAnyParameters(),
          staticMethod()
              .onClass("io.netty.handler.codec.http.ClientCookieEncoder")
              .named("encode")
              .withAnyParameters(),
          // Micronaut's HTTP client: micronaut-http 4.10.15
          instanceMethod()
              .onDescendantOf("io.micronaut.http.cookie.ClientCookieEncoder")
              .named("encode")
              .withAnyParameters(),
          instanceMethod()
              .onDescendantOf("io.micronaut.http.MutableHttpRequest")
              .named("cookie")
              .withAnyParameters(),
          // JAX-RS client: jakarta.ws.rs-api 3.1.0, javax.ws.rs-api 2.1.1
          instanceMethod()
              .onDescendantOfAny(
                  "jakarta.ws.rs.client.Invocation.Builder",
                  "javax.ws.rs.client.Invocation.Builder")
              .named("cookie")
              .withAnyParameters(),
          // Jetty's HTTP client, 12.0.16
          instanceMethod()
              .onDescendantOf("org.eclipse.jetty.client.Request")
              .named("cookie")
              .withAnyParameters(),
          // Spring's test requests: spring-test 6.2.8 and 7.0.10. 7.0.10 declares cookie(..) in
          // AbstractMockHttpServletRequestBuilder only, so the builder's entry misses MockMvc's
          // builder there (CallTablesTest.INHERITED_ONLY).
          instanceMethod()
              .onDescendantOf("org.springframework.mock.web.MockHttpServletRequest")
              .named("setCookies")
              .withAnyParameters(),
          instanceMethod()
              .onDescendantOf(
                  "org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder")
              .named("cookie")
              .withAnyParameters(),
          // Spring 7.0.10 declares it in the superclass only
          instanceMethod()
              .onDescendantOf(
                  "org.springframework.test.web.servlet.request"
                      + ".AbstractMockHttpServletRequestBuilder")
              .named("cookie")
              .withAnyParameters());

  /**
   * The methods of a cookie object that write it to a response themselves, without a call of the
   * tables: the object reaches a response there. (Its other own methods are attributes: {@code
   * getPath()}, {@code setPath("/")}, Shiro's {@code removeFrom}, which deletes.)
   */
  static final List<CallMatcher> WRITES_ITSELF =
      CallTable.of(
          // Apache Shiro 2.0.5 SimpleCookie.saveTo(request, response) writes its Set-Cookie
          instanceMethod().onDescendantOf(SHIRO_COOKIE).named("saveTo").withAnyParameters());

  /**
   * The cookie classes, request-side and response-side, whose {@code getName()} is the name of a
   * cookie that the browser sent or that a call of the tables made: a name copied from one of them
   * names no new cookie. Subclasses count.
   */
  static final List<String> COOKIE_TYPES =
      List.of(
          "jakarta.servlet.http.Cookie",
          "javax.servlet.http.Cookie",
          "org.springframework.http.HttpCookie",
          "jakarta.ws.rs.core.Cookie",
          "javax.ws.rs.core.Cookie",
          "java.net.HttpCookie",
          "io.netty.handler.codec.http.cookie.Cookie",
          "io.vertx.core.http.Cookie",
          "io.micronaut.http.cookie.Cookie",
          "io.undertow.server.handlers.Cookie",
          "io.javalin.http.Cookie",
          "org.eclipse.jetty.http.HttpCookie",
          SHIRO_COOKIE,
          "org.pac4j.core.context.Cookie",
          "ninja.Cookie",
          JOOBY_COOKIE);

  static final List<Sink> ALL =
      CallTable.of(
          // Servlet: jakarta.servlet-api 6.1.0, javax.servlet-api 4.0.1
          constructor()
              .forClassAny("jakarta.servlet.http.Cookie", "javax.servlet.http.Cookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Spring: spring-web 6.2.8 and 7.0.10 (7 has no CookieGenerator), Spring Security 6.5.0
          // and 7.0.8
          staticMethod()
              .onClass(SPRING_RESPONSE_COOKIE)
              .named("from")
              .withParametersStartingWith(STRING)
              .namesCookie(0),
          staticMethod()
              .onClass(SPRING_RESPONSE_COOKIE)
              .named("fromClientResponse")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.springframework.web.util.CookieGenerator")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.springframework.security.web.csrf.CookieCsrfTokenRepository")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(
                  "org.springframework.security.web.authentication.rememberme"
                      + ".AbstractRememberMeServices")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          // Spring's names for the cookies of its components (FrameworkCookies has their defaults):
          // spring-webmvc 6.2.8 and 7.0.10 (7 has no CookieLocaleResolver#setCookieName), Spring
          // Session 3.5.0, spring-web 6.2.8 and 7.0.10, Spring Security 6.5.0 and 7.0.8
          constructor()
              .forClass("org.springframework.web.servlet.i18n.CookieLocaleResolver")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.springframework.web.servlet.i18n.CookieLocaleResolver")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.springframework.session.web.http.DefaultCookieSerializer")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.springframework.web.server.session.CookieWebSessionIdResolver")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(
                  "org.springframework.security.config.annotation.web.configurers"
                      + ".RememberMeConfigurer")
              .named("rememberMeCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          // The session cookie's name, where the code sets it: the Servlet APIs as above, Jetty
          // 12.0.16 and 11.0.25, Undertow 2.3.18 (core and servlet), Vert.x Web 4.5.14 and 5.0.12,
          // Micronaut Session 4.7.0
          instanceMethod()
              .onDescendantOfAny(
                  "jakarta.servlet.SessionCookieConfig", "javax.servlet.SessionCookieConfig")
              .named("setName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.eclipse.jetty.session.AbstractSessionManager")
              .named("setSessionCookie")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("org.eclipse.jetty.server.session.SessionHandler")
              .named("setSessionCookie")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("io.undertow.server.session.SessionCookieConfig")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("io.undertow.servlet.api.ServletSessionConfig")
              .named("setName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("io.vertx.ext.web.handler.SessionHandler")
              .named("setSessionCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("io.micronaut.session.http.HttpSessionConfiguration")
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          // JAX-RS: jakarta.ws.rs-api 3.1.0, javax.ws.rs-api 2.1.1. NewCookie.Builder came with
          // 3.1, in jakarta.ws.rs only.
          constructor()
              .forClassAny("jakarta.ws.rs.core.NewCookie", "javax.ws.rs.core.NewCookie")
              .withParametersStartingWith(STRING)
              .namesCookie(0),
          constructor()
              .forClass("jakarta.ws.rs.core.NewCookie.Builder")
              .withParameters(STRING)
              .namesCookie(0),
          // Vert.x core 4.5.14 and 5.0.12
          staticMethod()
              .onClass("io.vertx.core.http.Cookie")
              .named("cookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Javalin 6.6.0: ctx.cookie(name) reads a cookie; the overloads with a value set one.
          instanceMethod()
              .onDescendantOf("io.javalin.http.Context")
              .named("cookie")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          constructor()
              .forClass("io.javalin.http.Cookie")
              .withParametersStartingWith(STRING)
              .namesCookie(0),
          // Micronaut: micronaut-http 4.10.15
          staticMethod()
              .onClass("io.micronaut.http.cookie.Cookie")
              .named("of")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Netty 4.2.20.Final
          constructor()
              .forClass("io.netty.handler.codec.http.cookie.DefaultCookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf("io.netty.handler.codec.http.cookie.ServerCookieEncoder")
              .named("encode")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Jetty 12.0.16
          staticMethod()
              .onClass("org.eclipse.jetty.http.HttpCookie")
              .named("from")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          staticMethod()
              .onClass("org.eclipse.jetty.http.HttpCookie")
              .named("build")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          // Undertow 2.3.18
          constructor()
              .forClass("io.undertow.server.handlers.CookieImpl")
              .withParametersStartingWith(STRING)
              .namesCookie(0),
          // Helidon 4 (4.5.0), then Helidon 3 (3.2.11) and earlier
          staticMethod()
              .onClass("io.helidon.http.SetCookie")
              .named("create")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          staticMethod()
              .onClass("io.helidon.http.SetCookie")
              .named("builder")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          staticMethod()
              .onClass("io.helidon.common.http.SetCookie")
              .named("create")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          staticMethod()
              .onClass("io.helidon.common.http.SetCookie")
              .named("builder")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          // Other libraries' own cookie classes and cookie-setting calls, read in their sources:
          // Apache Shiro 2.0.5 SimpleCookie writes Set-Cookie from the name its constructor or
          // setName(String) takes (the Cookie interface declares setName).
          constructor().forClass(SHIRO_SIMPLE_COOKIE).withParameters(STRING).namesCookie(0),
          instanceMethod()
              .onDescendantOf(SHIRO_COOKIE)
              .named("setName")
              .withParameters(STRING)
              .namesCookie(0),
          // Spark 2.9.4 Response.cookie: the name comes after the path and the domain where the
          // overload takes them.
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, INT)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, INT, BOOLEAN)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, INT, BOOLEAN, BOOLEAN)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, STRING, INT, BOOLEAN)
              .namesCookie(1),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, STRING, INT, BOOLEAN, BOOLEAN)
              .namesCookie(1),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, STRING, STRING, INT, BOOLEAN, BOOLEAN)
              .namesCookie(2),
          // pac4j 6.1.3 Cookie, which WebContext.addResponseCookie(Cookie) sets
          constructor()
              .forClass("org.pac4j.core.context.Cookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Apache Wicket 10.5.0 CookieUtils.save(name, value)
          instanceMethod()
              .onDescendantOf("org.apache.wicket.util.cookies.CookieUtils")
              .named("save")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Jakarta Faces 4.1.2 and JavaServer Faces 2.3 ExternalContext
          instanceMethod()
              .onDescendantOfAny(
                  "jakarta.faces.context.ExternalContext", "javax.faces.context.ExternalContext")
              .named("addResponseCookie")
              .withParameters(STRING, STRING, "java.util.Map")
              .namesCookie(0),
          // Apache Tapestry 5.8.7 Cookies: writeCookieValue(name, value, ...), getBuilder
          instanceMethod()
              .onDescendantOf(TAPESTRY_COOKIES)
              .named("writeCookieValue")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          instanceMethod()
              .onDescendantOf(TAPESTRY_COOKIES)
              .named("getBuilder")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Jooby 3.6.1 Cookie, which Context.setResponseCookie(Cookie) sets
          constructor().forClass(JOOBY_COOKIE).withParametersStartingWith(STRING).namesCookie(0),
          // Ratpack 1.9.0 Response.cookie(name, value)
          instanceMethod()
              .onDescendantOf("ratpack.http.Response")
              .named("cookie")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // OmniFaces 4.6.4 (Jakarta) and 3.14.10 (javax): Servlets.addResponseCookie(request,
          // response, name, value, ...) and Faces.addResponseCookie(name, value, ...)
          staticMethod()
              .onClass(OMNIFACES_SERVLETS)
              .named("addResponseCookie")
              .withParametersStartingWith(ANY, ANY, STRING, STRING)
              .namesCookie(2),
          staticMethod()
              .onClass(OMNIFACES_FACES)
              .named("addResponseCookie")
              .withParametersStartingWith(STRING, STRING)
              .namesCookie(0),
          // Ninja 7.0.0 Cookie.builder(name, value), whose build() Context.addCookie sets
          staticMethod()
              .onClass("ninja.Cookie")
              .named("builder")
              .withParameters(STRING, STRING)
              .namesCookie(0),
          // Spring Security 6.5.0 and 7.0.8: WebFlux's CSRF cookie (FrameworkCookies has its
          // default)
          instanceMethod()
              .onDescendantOf(WEBFLUX_CSRF_REPOSITORY)
              .named("setCookieName")
              .withParameters(STRING)
              .namesCookie(0),
          // Raw Set-Cookie headers
          instanceMethod()
              .onDescendantOfAny(JAKARTA_RESPONSE, JAVAX_RESPONSE)
              .namedAnyOf("addHeader", "setHeader")
              .withParameters(STRING, STRING)
              .writesHeader(0),
          instanceMethod()
              .onDescendantOf(SPRING_HEADERS)
              .named("add")
              .withParameters(STRING, STRING)
              .writesHeader(0),
          instanceMethod()
              .onDescendantOf(SPRING_HEADERS)
              .named("set")
              .withParameters(STRING, STRING)
              .writesHeader(0),
          instanceMethod()
              .onDescendantOf("org.springframework.http.ResponseEntity.HeadersBuilder")
              .named("header")
              .withParameters(STRING, STRING_ARRAY)
              .writesHeader(0));

  /**
   * The calls that set a cookie's Max-Age: on the object or builder that a sink's call makes
   * ({@code cookie.setMaxAge(..)}, {@code ResponseCookie.from(..).maxAge(..)}), or in the sink's
   * call itself (a JAX-RS {@code NewCookie} constructor, Javalin's {@code ctx.cookie(name, value,
   * maxAge)}).
   */
  static final List<MaxAgeSetter> MAX_AGE =
      CallTable.of(
          // Servlet: jakarta.servlet-api 6.1.0, javax.servlet-api 4.0.1
          instanceMethod()
              .onDescendantOfAny("jakarta.servlet.http.Cookie", "javax.servlet.http.Cookie")
              .named("setMaxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Spring: spring-web 6.2.8 and 7.0.10
          instanceMethod()
              .onDescendantOf(SPRING_RESPONSE_COOKIE + ".ResponseCookieBuilder")
              .named("maxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          instanceMethod()
              .onDescendantOf(SPRING_RESPONSE_COOKIE + ".ResponseCookieBuilder")
              .named("maxAge")
              .withParameters(DURATION)
              .setsMaxAge(0),
          // JAX-RS: (name, value, path, domain, comment, maxAge, ...), (name, value, path, domain,
          // version, comment, maxAge, ...), and the builder of JAX-RS 3.1: jakarta.ws.rs-api 3.1.0,
          // javax.ws.rs-api 2.1.1
          constructor()
              .forClassAny("jakarta.ws.rs.core.NewCookie", "javax.ws.rs.core.NewCookie")
              .withParametersStartingWith(STRING, STRING, STRING, STRING, STRING, INT)
              .setsMaxAge(5),
          constructor()
              .forClassAny("jakarta.ws.rs.core.NewCookie", "javax.ws.rs.core.NewCookie")
              .withParametersStartingWith(STRING, STRING, STRING, STRING, INT, STRING, INT)
              .setsMaxAge(6),
          instanceMethod()
              .onDescendantOf("jakarta.ws.rs.core.NewCookie.AbstractNewCookieBuilder")
              .named("maxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Javalin 6.6.0
          instanceMethod()
              .onDescendantOf("io.javalin.http.Context")
              .named("cookie")
              .withParameters(STRING, STRING, INT)
              .setsMaxAge(2),
          constructor()
              .forClass("io.javalin.http.Cookie")
              .withParametersStartingWith(STRING, STRING, STRING, INT)
              .setsMaxAge(3),
          instanceMethod()
              .onDescendantOf("io.javalin.http.Cookie")
              .named("setMaxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Vert.x core 4.5.14 and 5.0.12
          instanceMethod()
              .onDescendantOf("io.vertx.core.http.Cookie")
              .named("setMaxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          // Netty 4.2.20.Final
          instanceMethod()
              .onDescendantOf("io.netty.handler.codec.http.cookie.Cookie")
              .named("setMaxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          // Helidon 4 (4.5.0), then Helidon 3 (3.2.11) and earlier
          instanceMethod()
              .onDescendantOf("io.helidon.http.SetCookie.Builder")
              .named("maxAge")
              .withParameters(DURATION)
              .setsMaxAge(0),
          instanceMethod()
              .onDescendantOf("io.helidon.common.http.SetCookie.Builder")
              .named("maxAge")
              .withParameters(DURATION)
              .setsMaxAge(0),
          // Jetty 12.0.16
          instanceMethod()
              .onDescendantOf("org.eclipse.jetty.http.HttpCookie.Builder")
              .named("maxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          // Micronaut: micronaut-http 4.10.15
          instanceMethod()
              .onDescendantOf("io.micronaut.http.cookie.Cookie")
              .named("maxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          instanceMethod()
              .onDescendantOf("io.micronaut.http.cookie.Cookie")
              .named("maxAge")
              .withParameters(TEMPORAL_AMOUNT)
              .setsMaxAge(0),
          // Undertow 2.3.18
          instanceMethod()
              .onDescendantOf("io.undertow.server.handlers.Cookie")
              .named("setMaxAge")
              .withParameters(BOXED_INT)
              .setsMaxAge(0),
          // Apache Shiro 2.0.5
          instanceMethod()
              .onDescendantOf(SHIRO_COOKIE)
              .named("setMaxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Spark 2.9.4
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParametersStartingWith(STRING, STRING, INT)
              .setsMaxAge(2),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParametersStartingWith(STRING, STRING, STRING, INT)
              .setsMaxAge(3),
          instanceMethod()
              .onDescendantOf(SPARK_RESPONSE)
              .named("cookie")
              .withParameters(STRING, STRING, STRING, STRING, INT, BOOLEAN, BOOLEAN)
              .setsMaxAge(4),
          // pac4j 6.1.3
          instanceMethod()
              .onDescendantOf("org.pac4j.core.context.Cookie")
              .named("setMaxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Apache Tapestry 5.8.7
          instanceMethod()
              .onDescendantOf(TAPESTRY_COOKIES)
              .named("writeCookieValue")
              .withParameters(STRING, STRING, INT)
              .setsMaxAge(2),
          // OmniFaces 4.6.4 and 3.14.10
          staticMethod()
              .onClass(OMNIFACES_SERVLETS)
              .named("addResponseCookie")
              .withParameters(ANY, ANY, STRING, STRING, INT)
              .setsMaxAge(4),
          staticMethod()
              .onClass(OMNIFACES_SERVLETS)
              .named("addResponseCookie")
              .withParameters(ANY, ANY, STRING, STRING, STRING, INT)
              .setsMaxAge(5),
          staticMethod()
              .onClass(OMNIFACES_SERVLETS)
              .named("addResponseCookie")
              .withParameters(ANY, ANY, STRING, STRING, STRING, STRING, INT)
              .setsMaxAge(6),
          staticMethod()
              .onClass(OMNIFACES_FACES)
              .named("addResponseCookie")
              .withParameters(STRING, STRING, INT)
              .setsMaxAge(2),
          staticMethod()
              .onClass(OMNIFACES_FACES)
              .named("addResponseCookie")
              .withParameters(STRING, STRING, STRING, INT)
              .setsMaxAge(3),
          staticMethod()
              .onClass(OMNIFACES_FACES)
              .named("addResponseCookie")
              .withParametersStartingWith(STRING, STRING, STRING, STRING, INT)
              .setsMaxAge(4),
          // Ninja 7.0.0
          instanceMethod()
              .onDescendantOf("ninja.Cookie.Builder")
              .named("setMaxAge")
              .withParameters(INT)
              .setsMaxAge(0),
          // Jooby 3.6.1
          instanceMethod()
              .onDescendantOf(JOOBY_COOKIE)
              .named("setMaxAge")
              .withParameters(LONG)
              .setsMaxAge(0),
          instanceMethod()
              .onDescendantOf(JOOBY_COOKIE)
              .named("setMaxAge")
              .withParameters(DURATION)
              .setsMaxAge(0));

  /**
   * The names of the setters among {@link #MAX_AGE} that take the Max-Age alone ({@code setMaxAge},
   * {@code maxAge}): called with 0 on a cookie object, they make it a deletion.
   */
  static final Set<String> MAX_AGE_SETTER_NAMES =
      MAX_AGE.stream()
          .map(MaxAgeSetter::matcher)
          .filter(
              matcher ->
                  matcher.kind() == CallMatcher.Kind.INSTANCE_METHOD
                      && matcher.parameters().size() == 1
                      && !matcher.moreParameters())
          .map(CallMatcher::name)
          .collect(Collectors.toUnmodifiableSet());
}
