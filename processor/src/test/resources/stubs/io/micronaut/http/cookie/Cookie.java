package io.micronaut.http.cookie;

import java.io.Serializable;
import java.time.temporal.TemporalAmount;

public interface Cookie extends Comparable<Cookie>, Serializable {
  long UNDEFINED_MAX_AGE = Long.MIN_VALUE;

  long getMaxAge();

  Cookie maxAge(long maxAge);

  Cookie path(String path);

  Cookie httpOnly(boolean httpOnly);

  default Cookie maxAge(TemporalAmount maxAge) {
    return this;
  }

  static Cookie of(String name, String value) {
    return null;
  }
}
