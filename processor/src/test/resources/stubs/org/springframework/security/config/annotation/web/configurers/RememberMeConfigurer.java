package org.springframework.security.config.annotation.web.configurers;

import org.springframework.security.web.authentication.RememberMeServices;

public final class RememberMeConfigurer<H> {
  public RememberMeConfigurer<H> rememberMeCookieName(String rememberMeCookieName) {
    return this;
  }

  public RememberMeConfigurer<H> rememberMeServices(RememberMeServices rememberMeServices) {
    return this;
  }

  public RememberMeConfigurer<H> key(String key) {
    return this;
  }
}
