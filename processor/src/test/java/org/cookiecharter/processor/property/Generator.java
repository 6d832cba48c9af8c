package org.cookiecharter.processor.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Makes values from a seeded random source, so that a failing value can be made again from its
 * seed. Generators combine: {@link #map}, {@link #filter}, {@link #list}, {@link #frequency}.
 */
@FunctionalInterface
public interface Generator<T> {
  /** The next value; the same {@code random} state gives the same value. */
  T next(SplittableRandom random);

  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(next(random));
  }

  /** Values that pass {@code accepted}; gives up after 1,000 rejections in a row. */
  default Generator<T> filter(java.util.function.Predicate<? super T> accepted) {
    return random -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        T value = next(random);
        if (accepted.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("the filter rejected 1,000 values in a row");
    };
  }

  /**
   * Lists of {@code min} to {@code max} elements; the bounds themselves a tenth of the time each,
   * since sizes at the edges find the most bugs.
   */
  default Generator<List<T>> list(int min, int max) {
    return random -> {
      int edge = random.nextInt(10);
      int size = edge == 0 ? min : edge == 1 ? max : random.nextInt(min, max + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return values;
    };
  }

  /** One of {@code values}, evenly. */
  @SafeVarargs
  static <T> Generator<T> oneOf(T... values) {
    List<T> copy = new ArrayList<>();
    for (T value : values) { // not List.of(values): an array of T may not leave a varargs method
      copy.add(value);
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** A constant of {@code type}, evenly. */
  static <E extends Enum<E>> Generator<E> anyOf(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /** Strings of {@code min} to {@code max} characters, each one of {@code chars}. */
  static Generator<String> strings(String chars, int min, int max) {
    return random -> {
      int length = random.nextInt(min, max + 1);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(chars.charAt(random.nextInt(chars.length())));
      }
      return text.toString();
    };
  }

  /**
   * Strings of up to {@code max} UTF-16 code units of any value, unpaired surrogates and
   * noncharacters included.
   */
  static Generator<String> anyStrings(int max) {
    return random -> {
      char[] text = new char[random.nextInt(max + 1)];
      for (int i = 0; i < text.length; i++) {
        text[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      return new String(text);
    };
  }

  /** A weighted choice: each generator is used in proportion to its weight. */
  @SafeVarargs
  static <T> Generator<T> frequency(Weighted<T>... choices) {
    List<Weighted<T>> copy = new ArrayList<>();
    for (Weighted<T> choice : choices) {
      copy.add(choice);
    }
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      int pick = random.nextInt(total);
      for (Weighted<T> choice : copy) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.generator().next(random);
        }
      }
      throw new AssertionError("unreachable: weights sum to " + total);
    };
  }

  /** A generator and its weight, for {@link #frequency}. */
  record Weighted<T>(int weight, Generator<? extends T> generator) {
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight " + weight);
      }
    }
  }

  static <T> Weighted<T> weighted(int weight, Generator<? extends T> generator) {
    return new Weighted<>(weight, generator);
  }
}
