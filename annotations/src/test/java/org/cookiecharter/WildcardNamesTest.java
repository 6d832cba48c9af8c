package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardNamesTest {
  @Test
  void aFinalStarDeclaresAFamily() {
    assertTrue(WildcardNames.isWildcard("_ga_*"));
    assertTrue(WildcardNames.isWildcard("*"));
    assertFalse(WildcardNames.isWildcard("_ga_"));
    assertFalse(WildcardNames.isWildcard("a*b"));
    assertFalse(WildcardNames.isWildcard(""));
  }

  @Test
  void aFamilyCoversEveryNameThatStartsWithItsPrefix() {
    assertTrue(WildcardNames.covers("_ga_*", "_ga_G1XYZ"));
    assertTrue(WildcardNames.covers("_ga_*", "_ga_"));
    assertTrue(WildcardNames.covers("_ga_*", "_ga_*"));
    assertFalse(WildcardNames.covers("_ga_*", "_ga"));
    assertFalse(WildcardNames.covers("_ga_*", "x_ga_1"));
  }

  @Test
  void anExactNameCoversItselfOnly() {
    assertTrue(WildcardNames.covers("sessionid", "sessionid"));
    assertFalse(WildcardNames.covers("sessionid", "sessionid2"));
    assertFalse(WildcardNames.covers("sessionid", "SESSIONID"));
  }
}
