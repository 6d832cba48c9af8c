package org.cookiecharter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SetCookieTest {
  @Test
  void readsTheNameAsABrowserDoes() {
    assertEquals(new SetCookie("sessionid", true, false), SetCookie.parse("sessionid=abc"));
    assertEquals(
        new SetCookie("sessionid", true, false),
        SetCookie.parse("  sessionid =a=b; Path=/; HttpOnly"));
    assertEquals(new SetCookie("", false, false), SetCookie.parse("=abc"));
    assertEquals(new SetCookie("abc", false, false), SetCookie.parse("abc"));
    assertEquals(new SetCookie("abc", false, false), SetCookie.parse("abc; x=1"));
    assertEquals(new SetCookie("a b", false, false), SetCookie.parse("a b=1"));
    assertEquals(new SetCookie("caf\u00e9", false, false), SetCookie.parse("caf\u00e9=1"));
    assertEquals(new SetCookie("_pk_id.1.1fff", true, false), SetCookie.parse("_pk_id.1.1fff=x"));
  }

  @Test
  void aPastExpiryIsADeletionAndMaxAgeWins() {
    assertEquals(true, SetCookie.parse("a=; Max-Age=0").deletion());
    assertEquals(true, SetCookie.parse("a=; max-age=-1").deletion());
    assertEquals(false, SetCookie.parse("a=1; Max-Age=60").deletion());
    assertEquals(false, SetCookie.parse("a=1; Max-Age=x0").deletion());
    assertEquals(true, SetCookie.parse("a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT").deletion());
    assertEquals(false, SetCookie.parse("a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT").deletion());
    assertEquals(false, SetCookie.parse("a=1; Expires=yesterday").deletion());
    assertEquals(
        false,
        SetCookie.parse("a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60").deletion());
    assertEquals(true, SetCookie.parse("a=1; Max-Age=60; Max-Age=0").deletion());
    // Never a deletion that a browser keeps: any number of digits counts, and zones do not.
    String past = "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    assertEquals(
        false, SetCookie.parse("a=1" + past + "; Max-Age=0000000000000000000031536000").deletion());
    assertEquals(
        false, SetCookie.parse("a=1" + past + "; Max-Age=99999999999999999999").deletion());
    assertEquals(true, SetCookie.parse("a=1; Max-Age=-99999999999999999999").deletion());
    assertEquals(true, SetCookie.parse("a=1; Max-Age=0000").deletion());
    assertEquals(true, SetCookie.parse("a=1" + past + "; Max-Age=1x").deletion());
    assertEquals(true, SetCookie.parse("a=1" + past + "; Max-Age=-").deletion());
    String soon =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
            .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(10))
            .replace("GMT", "+1200");
    assertEquals(false, SetCookie.parse("a=1; Expires=" + soon).deletion(), soon);
    assertEquals(true, SetCookie.parse("a=; Expires=Thu, 01-Jan-1970 00:00:00 GMT").deletion());
    assertEquals(true, SetCookie.parse("a=; Expires=Thursday, 01-Jan-70 00:00:00 GMT").deletion());
    assertEquals(true, SetCookie.of("a", 0).deletion());
    assertEquals(false, SetCookie.of("a", -1).deletion());
  }

  @Test
  void showsANameSafelyInALogLine() {
    assertEquals("\"a\\u000d\\u000aINFO fake\"", SetCookie.parse("a\r\nINFO fake=1").shownName());
    assertEquals(
        "\"" + "x".repeat(64) + "... (cut, 65 characters)\"",
        SetCookie.parse("x".repeat(65) + "=1").shownName());
  }
}
