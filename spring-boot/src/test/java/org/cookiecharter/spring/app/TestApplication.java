package org.cookiecharter.spring.app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with Spring MVC and Spring Security: everything but {@code /set} needs a login
 * (the user "admin", role ADMIN, may read Actuator's endpoints); {@code /set?name=N} sets the
 * cookie N; {@code /cookie-policy.txt} is the application's own.
 */
@SpringBootApplication
public class TestApplication {
  /** What the application's own mapping of the English text's path answers. */
  public static final String OWN_POLICY_TEXT = "the application's own policy";

  @Bean
  SecurityFilterChain application(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/set", "/cookie-policy.txt")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(login -> {})
        .httpBasic(basic -> {});
    return http.build();
  }

  @RestController
  static class Pages {
    @GetMapping("/set")
    String set(@RequestParam("name") String name, HttpServletResponse response) {
      response.addCookie(new Cookie(name, "1"));
      return "set";
    }

    @GetMapping("/cookie-policy.txt")
    String ownPolicy() {
      return OWN_POLICY_TEXT;
    }
  }
}
