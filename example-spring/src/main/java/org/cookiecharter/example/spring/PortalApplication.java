package org.cookiecharter.example.spring;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * A portal on Spring Boot: public pages, an account page behind a form login with remember-me, the
 * CSRF token in a cookie, the language in a cookie ({@code ?lang=en}), and an audience cookie that
 * its guard lets out once the visitor accepted statistics.
 */
@SpringBootApplication
public class PortalApplication implements WebMvcConfigurer {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }

  @Bean
  SecurityFilterChain portal(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/", "/audience", "/error")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(login -> {})
        .httpBasic(basic -> {})
        .rememberMe(rememberMe -> rememberMe.key("example-portal-only"))
        .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));
    return http.build();
  }

  /** Two accounts, for the example only: a reader, and an administrator of Actuator. */
  @Bean
  UserDetailsService accounts() {
    return new InMemoryUserDetailsManager(
        User.withUsername("reader").password("{noop}example").roles("USER").build(),
        User.withUsername("admin").password("{noop}example-admin").roles("ADMIN").build());
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(PortalCookies.LANGUAGE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor();
    languageChange.setParamName("lang");
    registry.addInterceptor(languageChange);
  }

  @RestController
  static class Pages {
    @GetMapping("/")
    String home() {
      return "Portail de données ouvertes";
    }

    @GetMapping("/account")
    String account() {
      return "Votre compte";
    }

    /** The audience script's cookie; the guard drops it until the visitor accepted statistics. */
    @GetMapping("/audience")
    String audience(HttpServletResponse response) {
      Cookie visitor = new Cookie(PortalCookies.SITE_VISITOR, UUID.randomUUID().toString());
      visitor.setMaxAge(60 * 60 * 24 * 395);
      visitor.setPath("/");
      response.addCookie(visitor);
      return "ok";
    }
  }
}
