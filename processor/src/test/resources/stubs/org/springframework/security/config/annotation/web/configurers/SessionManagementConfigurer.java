package org.springframework.security.config.annotation.web.configurers;

import org.springframework.security.config.http.SessionCreationPolicy;

public final class SessionManagementConfigurer<H> {
  public SessionManagementConfigurer<H> sessionCreationPolicy(
      SessionCreationPolicy sessionCreationPolicy) {
    return this;
  }
}
