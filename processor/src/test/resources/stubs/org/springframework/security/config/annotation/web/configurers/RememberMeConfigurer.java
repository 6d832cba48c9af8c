package org.springframework.security.config.annotation.web.configurers;

public final class RememberMeConfigurer<H> {
  public RememberMeConfigurer<H> rememberMeCookieName(String rememberMeCookieName) {
    return this;
  }

  public RememberMeConfigurer<H> rememberMeServices(Object rememberMeServices) {
    return this;
  }

  public RememberMeConfigurer<H> key(String key) {
    return this;
  }
}
