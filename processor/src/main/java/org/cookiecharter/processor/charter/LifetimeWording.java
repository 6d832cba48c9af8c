package org.cookiecharter.processor.charter;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import org.cookiecharter.CookieLifetime;

/**
 * Writes a cookie's lifetime for a reader, in the words of {@link CharterProse}: {@code 13 mois},
 * {@code 1 an}, {@code 2 semaines}, {@code 30 minutes}. The duration column's cells, and, in
 * English ({@link #forMessages}), the figures that messages about a lifetime give.
 */
public final class LifetimeWording {
  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  /** The units a lifetime is written in, largest first, each with its key in the prose file. */
  private enum Unit {
    YEARS,
    MONTHS,
    WEEKS,
    DAYS,
    HOURS,
    MINUTES,
    SECONDS;

    String key(long count) {
      return "duration."
          + name().toLowerCase(java.util.Locale.ROOT)
          + (count == 1 ? ".one" : ".other");
    }
  }

  private static final String SESSION = "duration.session";
  private static final String SEPARATOR = "duration.separator";
  private static final String LAST_SEPARATOR = "duration.lastSeparator";

  private final CharterProse prose;

  public LifetimeWording(CharterProse prose) {
    this.prose = prose;
  }

  /**
   * The words of the messages, which are in English: {@code 400 days}, {@code 6 months}, whatever
   * the charter's language.
   */
  public static LifetimeWording forMessages() {
    return new LifetimeWording(CharterProse.builtIn(PolicyLanguage.ENGLISH));
  }

  /** Every key of the prose file that the wording reads. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>(List.of(SESSION, SEPARATOR, LAST_SEPARATOR));
    for (Unit unit : Unit.values()) {
      keys.add(unit.key(1));
      keys.add(unit.key(2));
    }
    return keys;
  }

  /** A declared lifetime: its parts, or the session wording. */
  public String of(CookieLifetime lifetime) {
    if (lifetime.isSession()) {
      return prose.text(SESSION);
    }
    TemporalAmount amount = lifetime.amount().orElseThrow();
    List<String> parts = new ArrayList<>();
    if (amount instanceof Period period) {
      add(parts, Unit.YEARS, period.getYears());
      add(parts, Unit.MONTHS, period.getMonths());
      addDays(parts, period.getDays());
    } else {
      addSeconds(parts, ((Duration) amount).getSeconds());
    }
    return join(parts);
  }

  /** A Max-Age: days (or weeks), hours, minutes and seconds. */
  public String ofSeconds(long seconds) {
    List<String> parts = new ArrayList<>();
    addSeconds(parts, seconds);
    return join(parts);
  }

  private void addSeconds(List<String> parts, long seconds) {
    addDays(parts, seconds / DAY);
    add(parts, Unit.HOURS, seconds % DAY / HOUR);
    add(parts, Unit.MINUTES, seconds % HOUR / MINUTE);
    add(parts, Unit.SECONDS, seconds % MINUTE);
  }

  /** Whole weeks in weeks, else days: {@code P14D} is "2 semaines", {@code P10D} "10 jours". */
  private void addDays(List<String> parts, long days) {
    if (days > 0 && days % 7 == 0) {
      add(parts, Unit.WEEKS, days / 7);
    } else {
      add(parts, Unit.DAYS, days);
    }
  }

  private void add(List<String> parts, Unit unit, long count) {
    if (count != 0) {
      parts.add(prose.text(unit.key(count)).replace("{0}", Long.toString(count)));
    }
  }

  /** "1 an, 2 mois et 2 semaines". */
  private String join(List<String> parts) {
    if (parts.isEmpty()) {
      return prose.text(Unit.SECONDS.key(0)).replace("{0}", "0");
    }
    StringBuilder text = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      text.append(prose.text(i == parts.size() - 1 ? LAST_SEPARATOR : SEPARATOR))
          .append(parts.get(i));
    }
    return text.toString();
  }
}
