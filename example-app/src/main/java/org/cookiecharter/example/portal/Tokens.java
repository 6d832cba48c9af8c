package org.cookiecharter.example.portal;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for sessions and CSRF protection. */
final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
