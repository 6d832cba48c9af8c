package org.cookiecharter.processor.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {
  private static final Generator<List<Integer>> LISTS =
      Generator.oneOf(1, 2, 3, 4, 5, 6, 7, 8, 9).list(0, 40);

  @Test
  void aPassingPropertyRunsEveryTry() {
    List<List<Integer>> seen = new ArrayList<>();
    PropertyCheck.forAll(LISTS).replaying(OptionalLong.empty()).tries(250).check(seen::add);
    assertEquals(250, seen.size());
  }

  @Test
  void aFailureNamesTheSeedThatReplaysIt() {
    List<List<Integer>> failing = new ArrayList<>();
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                PropertyCheck.forAll(LISTS)
                    .replaying(OptionalLong.empty())
                    .tries(1_000)
                    .check(
                        list -> {
                          if (list.contains(7)) {
                            failing.add(list);
                            throw new AssertionError("holds a 7");
                          }
                        }));
    Matcher seed =
        Pattern.compile("-D" + PropertyCheck.SEED_PROPERTY + "=(-?\\d+)")
            .matcher(failure.getMessage());
    assertTrue(seed.find(), failure.getMessage());

    List<List<Integer>> replayed = new ArrayList<>();
    PropertyCheck.forAll(LISTS)
        .replaying(OptionalLong.of(Long.parseLong(seed.group(1))))
        .tries(1_000)
        .check(replayed::add);
    assertEquals(List.of(failing.get(0)), replayed, "the replay runs the failing try alone");
    assertEquals(LISTS.next(new SplittableRandom(Long.parseLong(seed.group(1)))), failing.get(0));
  }

  @Test
  void aFailingListIsShrunkToTheSmallestThatFails() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                PropertyCheck.forAll(LISTS.filter(list -> list.size() > 20))
                    .replaying(OptionalLong.empty())
                    .tries(10)
                    .shrinkingWith(PropertyCheck::shorterLists)
                    .check(
                        list -> {
                          if (list.stream().mapToInt(Integer::intValue).sum() >= 10) {
                            throw new AssertionError("sum " + list);
                          }
                        }));
    assertTrue(failure.getMessage().contains("shrunk in "), failure.getMessage());
    String shrunk = failure.getCause().getMessage();
    List<Integer> smallest = parse(shrunk.substring("sum ".length()));
    int sum = smallest.stream().mapToInt(Integer::intValue).sum();
    assertTrue(sum >= 10, shrunk);
    for (int i = 0; i < smallest.size(); i++) {
      assertTrue(sum - smallest.get(i) < 10, "no element can go: " + smallest);
    }
  }

  private static List<Integer> parse(String list) {
    List<Integer> values = new ArrayList<>();
    for (String value : list.replaceAll("[\\[\\] ]", "").split(",")) {
      values.add(Integer.parseInt(value));
    }
    return values;
  }
}
