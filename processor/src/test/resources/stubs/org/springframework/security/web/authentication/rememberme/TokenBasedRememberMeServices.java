package org.springframework.security.web.authentication.rememberme;

public class TokenBasedRememberMeServices extends AbstractRememberMeServices {
  public TokenBasedRememberMeServices(String key, Object userDetailsService) {}
}
