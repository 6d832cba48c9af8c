package org.springframework.security.config.annotation.web.builders;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.RememberMeConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;

public final class HttpSecurity {
  private HttpSecurity() {}

  public HttpSecurity formLogin(Customizer<FormLoginConfigurer<HttpSecurity>> formLoginCustomizer) {
    return this;
  }

  public HttpSecurity oauth2Login(Customizer<Object> oauth2LoginCustomizer) {
    return this;
  }

  public HttpSecurity sessionManagement(
      Customizer<SessionManagementConfigurer<HttpSecurity>> sessionManagementCustomizer) {
    return this;
  }

  public HttpSecurity rememberMe(
      Customizer<RememberMeConfigurer<HttpSecurity>> rememberMeCustomizer) {
    return this;
  }
}
