package org.springframework.security.web.authentication;

public interface RememberMeServices {}
