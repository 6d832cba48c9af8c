package org.cookiecharter.spring;

import org.cookiecharter.guard.DeclaredCookies;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Actuator, the endpoint {@code cookies} ({@link CookiesEndpoint}), available as the
 * application's management properties say; it exposes nothing that the application does not.
 */
@AutoConfiguration(after = CookieCharterGuardAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(DeclaredCookies.class)
@ConditionalOnAvailableEndpoint(CookiesEndpoint.class)
public final class CookieCharterActuatorAutoConfiguration {
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SeenCookieCounts cookieCharterSeenCookies() {
    return new SeenCookieCounts();
  }

  @Bean
  @ConditionalOnMissingBean
  CookiesEndpoint cookiesEndpoint(DeclaredCookies declared, SeenCookieCounts seen) {
    return new CookiesEndpoint(declared, seen);
  }
}
