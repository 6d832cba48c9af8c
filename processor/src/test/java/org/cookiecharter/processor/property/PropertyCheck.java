package org.cookiecharter.processor.property;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks a property on generated values, under JUnit. Each try draws its value from a seed of its
 * own, which a failure names, so that the failing value can be made again:
 *
 * <pre>mvn -pl processor test -Dtest=CharterPropertiesTest -Dcookiecharter.seed=SEED</pre>
 *
 * runs that one try. Without the property, the seeds come from a fresh seed each run. A failing
 * value is then shrunk, where a {@link #shrinkingWith shrinker} is given: the smallest value that
 * still fails is reported, with the first failure as the cause.
 */
public final class PropertyCheck<T> {
  /** The system property that replays one try: its value is the seed that a failure printed. */
  public static final String SEED_PROPERTY = "cookiecharter.seed";

  /** How many smaller values shrinking tries at most, so that a failure reports in bounded time. */
  private static final int SHRINK_BUDGET = 300;

  /** A check that may throw anything: an assertion, a compiler's exception. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T value) throws Exception;
  }

  private final Generator<T> generator;
  private int tries = 100;
  private Function<T, Stream<T>> shrinker = value -> Stream.empty();
  private OptionalLong replay;

  private PropertyCheck(Generator<T> generator) {
    this.generator = generator;
    String seed = System.getProperty(SEED_PROPERTY, "").strip();
    this.replay = seed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(seed));
  }

  public static <T> PropertyCheck<T> forAll(Generator<T> generator) {
    return new PropertyCheck<>(generator);
  }

  public PropertyCheck<T> tries(int tries) {
    this.tries = tries;
    return this;
  }

  /**
   * The one try to run, by its seed, instead of {@link #SEED_PROPERTY}'s; empty: every try, from
   * fresh seeds.
   */
  public PropertyCheck<T> replaying(OptionalLong seed) {
    this.replay = seed;
    return this;
  }

  /** {@code shrinker} gives smaller values than its argument, the most promising first. */
  public PropertyCheck<T> shrinkingWith(Function<T, Stream<T>> shrinker) {
    this.shrinker = shrinker;
    return this;
  }

  /**
   * Runs {@code check} on each try's value; throws an {@link AssertionError} on the first failure.
   */
  public void check(Check<T> check) {
    if (replay.isPresent()) {
      tryOnce(replay.getAsLong(), check);
      return;
    }
    SplittableRandom seeds = new SplittableRandom();
    for (int i = 0; i < tries; i++) {
      tryOnce(seeds.nextLong(), check);
    }
  }

  private void tryOnce(long seed, Check<T> check) {
    T value = generator.next(new SplittableRandom(seed));
    Throwable failure = failure(check, value);
    if (failure == null) {
      return;
    }
    Shrunk<T> shrunk = shrink(value, failure, check);
    AssertionError error =
        new AssertionError(
            "property failed with seed "
                + seed
                + " (replay it with -D"
                + SEED_PROPERTY
                + "="
                + seed
                + ")"
                + (shrunk.steps() == 0
                    ? ""
                    : "; shrunk in " + shrunk.steps() + " steps to the smallest value that fails")
                + ":\n"
                + shrunk.value()
                + "\nwhich fails with: "
                + shrunk.failure(),
            shrunk.failure());
    if (shrunk.failure() != failure) {
      error.addSuppressed(failure);
    }
    throw error;
  }

  private record Shrunk<T>(T value, Throwable failure, int steps) {}

  /** Takes the first smaller value that still fails, again and again, within the budget. */
  private Shrunk<T> shrink(T value, Throwable failure, Check<T> check) {
    int steps = 0;
    int budget = SHRINK_BUDGET;
    boolean smaller = true;
    while (smaller && budget > 0) {
      smaller = false;
      List<T> candidates = new ArrayList<>();
      shrinker.apply(value).limit(budget).forEach(candidates::add);
      for (T candidate : candidates) {
        budget--;
        Throwable candidateFailure = failure(check, candidate);
        if (candidateFailure != null) {
          value = candidate;
          failure = candidateFailure;
          steps++;
          smaller = true;
          break;
        }
      }
    }
    return new Shrunk<>(value, failure, steps);
  }

  private static <T> Throwable failure(Check<T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (Exception | AssertionError failure) {
      return failure;
    }
  }

  /**
   * Smaller lists: without each half, each quarter... then without each element. Removing large
   * parts first reaches a small failing list in few tries.
   */
  public static <E> Stream<List<E>> shorterLists(List<E> list) {
    List<List<E>> shorter = new ArrayList<>();
    for (int chunk = list.size() / 2; chunk >= 1; chunk /= 2) {
      for (int start = 0; start < list.size(); start += chunk) {
        List<E> without = new ArrayList<>(list.subList(0, start));
        without.addAll(list.subList(Math.min(list.size(), start + chunk), list.size()));
        shorter.add(without);
      }
    }
    return shorter.stream();
  }
}
