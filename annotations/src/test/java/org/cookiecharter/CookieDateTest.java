package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expires values as RFC 6265's algorithm, and so browsers, read them. */
class CookieDateTest {
  private static final Optional<Instant> EPOCH = Optional.of(Instant.EPOCH);

  @Test
  void everyFormInUseIsTheSameInstant() {
    for (String form :
        List.of(
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Thu, 01-Jan-1970 00:00:00 GMT",
            "Thursday, 01-Jan-70 00:00:00 GMT",
            "Thu Jan  1 00:00:00 1970",
            "THU, 01 JAN 1970 00:00:00 GMT",
            "Sun, 01 Jan 1970 00:00:00 GMT",
            "01 january 1970 00:00:00",
            "Thu, 01 Jan 1970 00:00:00 +1200")) {
      assertEquals(EPOCH, CookieDate.parse(form), form);
    }
    assertEquals(
        Optional.of(Instant.parse("2069-12-31T23:59:59Z")),
        CookieDate.parse("Tue, 31 Dec 69 23:59:59 GMT"));
  }

  @Test
  void whatIsNotACookieDateIsIgnored() {
    for (String value :
        List.of(
            "",
            "yesterday",
            "Thu, 01 Jan 1970",
            "Thu, 01 Jan 00:00:00 GMT",
            "Thu, 32 Jan 1970 00:00:00 GMT",
            "Thu, 31 Feb 1970 00:00:00 GMT",
            "Thu, 01 Jan 1600 00:00:00 GMT",
            "Thu, 01 Jan 1970 24:00:00 GMT",
            "Thu, 01 Foo 1970 00:00:00 GMT")) {
      assertEquals(Optional.empty(), CookieDate.parse(value), value);
    }
  }
}
