package org.cookiecharter.processor.sites;

import java.util.List;

/**
 * The cookie-setting APIs that cookie-charter knows. The name is the first argument; overloads whose
 * name argument is not a {@code String} (a cookie object, a builder) are not sites. Request-side
 * cookie types ({@code jakarta.ws.rs.core.Cookie}, {@code org.springframework.http.HttpCookie},
 * {@code java.net.HttpCookie}) read cookies, so they are not listed.
 */
final class BuiltInSinks {
  private BuiltInSinks() {}

  static final List<Sink> ALL =
      List.of(
          // Servlet
          Sink.name("jakarta.servlet.http.Cookie", Sink.CONSTRUCTOR),
          Sink.name("javax.servlet.http.Cookie", Sink.CONSTRUCTOR),
          // Spring
          Sink.name("org.springframework.http.ResponseCookie", "from"),
          Sink.name("org.springframework.http.ResponseCookie", "fromClientResponse"),
          Sink.name("org.springframework.web.util.CookieGenerator", "setCookieName"),
          Sink.name(
              "org.springframework.security.web.csrf.CookieCsrfTokenRepository", "setCookieName"),
          Sink.name(
              "org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices",
              "setCookieName"),
          // JAX-RS
          Sink.name("jakarta.ws.rs.core.NewCookie", Sink.CONSTRUCTOR),
          Sink.name("javax.ws.rs.core.NewCookie", Sink.CONSTRUCTOR),
          Sink.name("jakarta.ws.rs.core.NewCookie.Builder", Sink.CONSTRUCTOR),
          Sink.name("javax.ws.rs.core.NewCookie.Builder", Sink.CONSTRUCTOR),
          // Vert.x, Javalin, Micronaut
          Sink.name("io.vertx.core.http.Cookie", "cookie"),
          Sink.nameAndValue("io.javalin.http.Context", "cookie"), // ctx.cookie(name) reads
          Sink.name("io.javalin.http.Cookie", Sink.CONSTRUCTOR),
          Sink.name("io.micronaut.http.cookie.Cookie", "of"),
          // Netty
          Sink.name("io.netty.handler.codec.http.cookie.DefaultCookie", Sink.CONSTRUCTOR),
          Sink.name("io.netty.handler.codec.http.cookie.ServerCookieEncoder", "encode"),
          // Jetty 12, Undertow, Helidon (4 and earlier)
          Sink.name("org.eclipse.jetty.http.HttpCookie", "from"),
          Sink.name("org.eclipse.jetty.http.HttpCookie", "build"),
          Sink.name("io.undertow.server.handlers.CookieImpl", Sink.CONSTRUCTOR),
          Sink.name("io.helidon.http.SetCookie", "create"),
          Sink.name("io.helidon.http.SetCookie", "builder"),
          Sink.name("io.helidon.common.http.SetCookie", "create"),
          Sink.name("io.helidon.common.http.SetCookie", "builder"),
          // Raw Set-Cookie headers
          Sink.header("jakarta.servlet.http.HttpServletResponse", "addHeader"),
          Sink.header("jakarta.servlet.http.HttpServletResponse", "setHeader"),
          Sink.header("javax.servlet.http.HttpServletResponse", "addHeader"),
          Sink.header("javax.servlet.http.HttpServletResponse", "setHeader"),
          Sink.header("org.springframework.http.HttpHeaders", "add"),
          Sink.header("org.springframework.http.HttpHeaders", "set"),
          Sink.header("org.springframework.http.ResponseEntity.HeadersBuilder", "header"));
}
