package org.cookiecharter.spring;

import jakarta.servlet.DispatcherType;
import org.cookiecharter.CharterResources;
import org.cookiecharter.guard.ConsentReader;
import org.cookiecharter.guard.CookieCharterFilter;
import org.cookiecharter.guard.CookieConsentReader;
import org.cookiecharter.guard.DeclaredCookies;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The guard in a servlet web application whose build wrote the declarations ({@code
 * META-INF/cookie-charter/cookies.json}): {@link CookieCharterFilter} registered for every request,
 * error and async dispatch, before Spring Session's filter and Spring Security's, so that it sees
 * the cookies they set. Each bean backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({CookieCharterFilter.class, FilterRegistrationBean.class})
@ConditionalOnResource(resources = "classpath:" + CharterResources.JSON)
@EnableConfigurationProperties(CookieCharterProperties.class)
@ImportRuntimeHints(CookieCharterRuntimeHints.class)
public final class CookieCharterGuardAutoConfiguration {
  /**
   * Before Spring Session's {@code SessionRepositoryFilter} ({@code Integer.MIN_VALUE + 50}), which
   * writes the session cookie, and Spring Security's chain (-100 unless {@code
   * spring.security.filter.order} says otherwise); after filters at the highest precedence, such as
   * the character encoding, which set no cookie.
   */
  public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  /** The name of the filter's registration: define a bean of that name to replace it. */
  public static final String FILTER_REGISTRATION = "cookieCharterFilter";

  /** The declarations that the build wrote beside the charter. */
  @Bean
  @ConditionalOnMissingBean
  DeclaredCookies cookieCharterDeclarations() {
    return DeclaredCookies.fromClassPath();
  }

  /**
   * The visitor's consent: CookieConsent's cookie ({@code cookiecharter.guard.consent-cookie}),
   * under the revision of the declarations; of the class path's cookies.json when the application's
   * declarations (a registry's list) do not say.
   */
  @Bean
  @ConditionalOnMissingBean
  ConsentReader cookieCharterConsentReader(
      CookieCharterProperties properties, DeclaredCookies declared) {
    String cookie = properties.getGuard().getConsentCookie();
    return declared
        .consent()
        .map(consent -> new CookieConsentReader(cookie, consent.revision()))
        .orElseGet(() -> new CookieConsentReader(cookie));
  }

  /**
   * The filter, unless the application registers its own; registered but disabled when {@code
   * cookiecharter.guard.mode} is {@code off}.
   */
  @Bean(FILTER_REGISTRATION)
  @ConditionalOnMissingFilterBean(CookieCharterFilter.class)
  FilterRegistrationBean<CookieCharterFilter> cookieCharterFilter(
      CookieCharterProperties properties,
      DeclaredCookies declared,
      ConsentReader consent,
      Environment environment) {
    CookieCharterProperties.GuardMode mode = properties.getGuard().getMode();
    FilterRegistrationBean<CookieCharterFilter> registration =
        new FilterRegistrationBean<>(
            new CookieCharterFilter(
                declared,
                mode == CookieCharterProperties.GuardMode.BLOCK
                    ? CookieCharterFilter.Mode.BLOCK
                    : CookieCharterFilter.Mode.REPORT,
                consent));
    registration.setOrder(FILTER_ORDER);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    registration.setEnabled(mode != CookieCharterProperties.GuardMode.OFF);
    String sessionCookie = environment.getProperty("server.servlet.session.cookie.name");
    if (sessionCookie != null && !sessionCookie.isBlank()) {
      registration.addInitParameter("session-cookie", sessionCookie.strip());
    }
    return registration;
  }
}
