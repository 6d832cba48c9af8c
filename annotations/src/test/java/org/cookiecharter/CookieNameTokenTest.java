package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cookiecharter.CookieNameToken.Kind;
import org.cookiecharter.CookieNameToken.Problem;
import org.junit.jupiter.api.Test;

class CookieNameTokenTest {
  @Test
  void aTokenIsVisibleAsciiWithoutSeparators() {
    assertTrue(CookieNameToken.isToken("_pk_id.1.1fff"));
    assertTrue(CookieNameToken.isToken("_ga_*"));
    assertEquals(Optional.empty(), CookieNameToken.problem("JSESSIONID"));
  }

  @Test
  void theFirstFaultIsNamedWithItsCharacter() {
    assertEquals(Optional.of(new Problem(Kind.EMPTY, 0)), CookieNameToken.problem(""));
    assertEquals(Optional.of(new Problem(Kind.BLANK, ' ')), CookieNameToken.problem("a b"));
    assertEquals(Optional.of(new Problem(Kind.CONTROL, 0x7f)), CookieNameToken.problem("a\u007f"));
    assertEquals(Optional.of(new Problem(Kind.CONTROL, '\t')), CookieNameToken.problem("\ta"));
    assertEquals(Optional.of(new Problem(Kind.NON_ASCII, 'é')), CookieNameToken.problem("é;"));
    assertEquals(
        Optional.of(new Problem(Kind.NON_ASCII, 0x1F36A)),
        CookieNameToken.problem("a\uD83C\uDF6A"));
    assertEquals(Optional.of(new Problem(Kind.SEPARATOR, '=')), CookieNameToken.problem("a=b"));
  }
}
