package org.springframework.security.config.annotation.web.configurers;

public final class FormLoginConfigurer<H> {
  public FormLoginConfigurer<H> loginPage(String loginPage) {
    return this;
  }
}
