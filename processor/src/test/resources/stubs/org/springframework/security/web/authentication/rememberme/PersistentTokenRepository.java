package org.springframework.security.web.authentication.rememberme;

public interface PersistentTokenRepository {}
