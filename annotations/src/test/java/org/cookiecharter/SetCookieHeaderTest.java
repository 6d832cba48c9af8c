package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SetCookieHeaderTest {
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private static SetCookieHeader read(String header) {
    return SetCookieHeader.parse(header, NOW);
  }

  @Test
  void readsTheNameAsABrowserDoes() {
    assertEquals(new SetCookieHeader("sessionid", true, Optional.empty()), read("sessionid=abc"));
    assertEquals("sessionid", read("  sessionid =a=b; Path=/; HttpOnly").name());
    assertEquals(new SetCookieHeader("", false, Optional.empty()), read("=abc"));
    assertEquals(new SetCookieHeader("abc", false, Optional.empty()), read("abc; Max-Age=60"));
    assertEquals(new SetCookieHeader("a b", false, Optional.empty()), read("a b=1"));
    assertEquals("_pk_id.1.1fff", read("_pk_id.1.1fff=x").name());
  }

  @Test
  void theNameAloneIsReadAsParseReadsIt() {
    assertEquals("sessionid", SetCookieHeader.nameOf("  sessionid =a=b; Path=/"));
    assertEquals("abc", SetCookieHeader.nameOf("abc; Max-Age=60"));
    assertEquals("", SetCookieHeader.nameOf("=abc"));
  }

  @Test
  void theLastWholeMaxAgeIsTheOneABrowserKeeps() {
    assertEquals(OptionalLong.of(60), SetCookieHeader.maxAge("a=1; Max-Age=60"));
    assertEquals(OptionalLong.of(-1), SetCookieHeader.maxAge("a=1; max-age = -1 ; Path=/"));
    assertEquals(OptionalLong.of(7), SetCookieHeader.maxAge("a=1; Max-Age=60; MAX-AGE=7"));
    assertEquals(OptionalLong.of(60), SetCookieHeader.maxAge("a=1; Max-Age=60; Max-Age=7x"));
    assertEquals(OptionalLong.empty(), SetCookieHeader.maxAge("a=1; Max-Age=1234567890123456789"));
    assertEquals(OptionalLong.empty(), SetCookieHeader.maxAge("Max-Age=60"));
    assertEquals(OptionalLong.empty(), SetCookieHeader.maxAge("a=1; Expires=Thu, 01 Jan 2099"));
  }

  @Test
  void maxAgeWinsOverExpiresAndCountsFromNow() {
    assertEquals(Optional.of(NOW.plusSeconds(60)), read("a=1; Max-Age=60").expiry());
    assertEquals(
        Optional.of(NOW.plusSeconds(60)),
        read("a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT").expiry());
    assertEquals(
        Optional.of(Instant.parse("2100-01-01T00:00:00Z")),
        read("a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=x").expiry());
    assertEquals(Optional.of(Instant.MIN), read("a=; Max-Age=0").expiry());
    assertEquals(Optional.of(Instant.MIN), read("a=; max-age=-1").expiry());
    assertEquals(Optional.of(Instant.MAX), read("a=1; Max-Age=99999999999999999999").expiry());
    assertEquals(Optional.empty(), read("a=1; Expires=yesterday").expiry());
  }

  @Test
  void readsDomainAndPathAsABrowserDoes() {
    SetCookieHeader cookie = read("a=1; Domain=.Example.ORG; Path=/data; Domain=; Path=x");
    assertEquals(Optional.of("example.org"), cookie.domain());
    assertEquals(Optional.empty(), cookie.path());
    assertEquals(Optional.of("/data"), read("a=1; Path=/data").path());
    assertEquals(Optional.empty(), read("a=1; Path=/; Domain=").domain());
  }

  @Test
  void deletesWhenTheExpiryIsPast() {
    assertEquals(true, read("a=; Max-Age=0").deletesAt(NOW));
    assertEquals(true, read("a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT").deletesAt(NOW));
    assertEquals(false, read("a=1; Max-Age=1").deletesAt(NOW));
    assertEquals(false, read("a=1").deletesAt(NOW));
  }
}
