package org.springframework.security.web.authentication.rememberme;

import org.springframework.security.core.userdetails.UserDetailsService;

public class PersistentTokenBasedRememberMeServices extends AbstractRememberMeServices {
  public PersistentTokenBasedRememberMeServices(
      String key, UserDetailsService userDetailsService, PersistentTokenRepository tokenRepository) {
    super(key, userDetailsService);
  }
}
