package org.springframework.security.web.authentication.rememberme;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.RememberMeServices;

public abstract class AbstractRememberMeServices implements RememberMeServices {
  protected AbstractRememberMeServices(String key, UserDetailsService userDetailsService) {}

  public void setCookieName(String cookieName) {}
}
