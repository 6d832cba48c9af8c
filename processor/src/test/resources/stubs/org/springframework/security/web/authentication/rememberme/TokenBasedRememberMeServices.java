package org.springframework.security.web.authentication.rememberme;

import org.springframework.security.core.userdetails.UserDetailsService;

public class TokenBasedRememberMeServices extends AbstractRememberMeServices {
  public TokenBasedRememberMeServices(String key, UserDetailsService userDetailsService) {
    super(key, userDetailsService);
  }
}
