package org.cookiecharter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
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

  @Test
  void aPrefixIsTheNameWithoutItsStar() {
    assertEquals("_ga_", WildcardNames.prefix("_ga_*"));
    assertEquals("", WildcardNames.prefix("*"));
  }

  @Test
  void theLookupFindsTheOwnDeclarationThenTheLongestFamily() {
    WildcardNames.Lookup<String> lookup = new WildcardNames.Lookup<>(name -> name);
    for (String declared : List.of("_g*", "_ga_*", "_ga_1", "_gb*", "_ga*")) {
      lookup.add(declared);
    }

    assertEquals(Optional.of("_ga_1"), lookup.find("_ga_1"));
    assertEquals(Optional.of("_ga_*"), lookup.find("_ga_2"));
    assertEquals(Optional.of("_ga*"), lookup.find("_gax"));
    assertEquals(Optional.of("_g*"), lookup.find("_gc"));
    assertEquals(Optional.empty(), lookup.find("x"));
    assertEquals(Optional.of("_ga_*"), lookup.findFamily("_ga_", name -> true));
    assertEquals(Optional.of("_g*"), lookup.findFamily("_g", name -> true));
    assertEquals(Optional.empty(), lookup.findFamily("_", name -> true));
  }

  @Test
  void theLookupSkipsWhatItIsNotAskedFor() {
    WildcardNames.Lookup<String> lookup = new WildcardNames.Lookup<>(name -> name);
    lookup.add("_ga_*");
    lookup.add("_ga*");
    lookup.add("_ga_1");

    assertEquals(Optional.of("_ga*"), lookup.find("_ga_1", name -> !name.startsWith("_ga_")));
  }

  @Test
  void amongFamiliesOfOneLengthTheFirstAddedWins() {
    WildcardNames.Lookup<String[]> lookup = new WildcardNames.Lookup<>(pair -> pair[0]);
    lookup.add(new String[] {"_a*", "first"});
    lookup.add(new String[] {"_b*", "other"});
    lookup.add(new String[] {"_a*", "second"}); // replaces the exact entry, not the family

    assertEquals("second", lookup.find("_a*").orElseThrow()[1]);
    assertEquals("first", lookup.find("_ax").orElseThrow()[1]);
  }
}
