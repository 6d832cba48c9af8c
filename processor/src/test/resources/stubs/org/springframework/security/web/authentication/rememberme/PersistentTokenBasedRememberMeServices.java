package org.springframework.security.web.authentication.rememberme;

public class PersistentTokenBasedRememberMeServices extends AbstractRememberMeServices {
  public PersistentTokenBasedRememberMeServices(
      String key, Object userDetailsService, Object tokenRepository) {}
}
