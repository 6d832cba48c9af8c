package org.cookiecharter.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security lets anyone read the policy's pages: a filter chain of their paths alone, GET and
 * HEAD, that permits all. It is added only beside a chain that the application or Spring Boot
 * already has: it comes after Boot's security auto-configurations, whose default chain backs off
 * when a chain exists, so that adding this one never leaves the rest of the application without its
 * default chain. The application's own chains, and their rules, are unchanged for every other path.
 */
@AutoConfiguration(
    after = CookieCharterPagesAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({HttpSecurity.class, SecurityFilterChain.class})
@ConditionalOnBean({CharterPages.class, SecurityFilterChain.class})
@ConditionalOnBooleanProperty(name = "cookiecharter.pages.permit-all", matchIfMissing = true)
public final class CookieCharterSecurityAutoConfiguration {
  /** Before the application's chains: only the pages' paths match it. */
  public static final int CHAIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  @Order(CHAIN_ORDER)
  SecurityFilterChain cookieCharterPagesSecurityFilterChain(HttpSecurity http, CharterPages pages)
      throws Exception {
    String[] paths = pages.byPath().keySet().toArray(String[]::new);
    http.securityMatcher(paths)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, paths)
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, paths)
                    .permitAll()
                    .anyRequest()
                    .denyAll());
    return http.build();
  }
}
