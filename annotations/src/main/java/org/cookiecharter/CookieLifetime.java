package org.cookiecharter;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long a cookie lasts, as {@link DeclaredCookie#duration()} declares it: a session cookie,
 * deleted when the browser closes, or an ISO-8601 period or duration as {@code java.time} reads it
 * ({@code P13M}, {@code P1Y}, {@code P14D}, {@code PT30M}).
 *
 * <p>A lifetime is compared with a cookie's Max-Age, in seconds, through its {@linkplain
 * #estimatedLength() estimated length}: months and years count as {@code java.time} estimates them
 * ({@link ChronoUnit#MONTHS}{@code .getDuration()}, an average month of 30.436875 days; a year of
 * 365.2425 days), so {@code P13M} is about 395 days.
 */
public final class CookieLifetime {
  /** What {@link DeclaredCookie#duration()} holds for a session cookie. */
  public static final String SESSION = "session";

  /**
   * The longest lifetime of an audience-measurement cookie exempt from consent in France: 13 months
   * (CNIL, délibération n° 2020-091 and its guidance on audience measurement).
   */
  public static final Period CONSENT_EXEMPTION_LIMIT = Period.ofMonths(13);

  /** Why a text is not a lifetime. */
  public enum Problem {
    /** Neither {@code session} nor an ISO-8601 period or duration. */
    NOT_ISO_8601,
    /** A period or duration of zero. */
    ZERO,
    /** A period or duration with a negative part. */
    NEGATIVE,
    /** A duration with a fraction of a second: Max-Age counts whole seconds. */
    FRACTION_OF_A_SECOND
  }

  private final String text;

  /** The {@link Period} or {@link Duration}; null for a session cookie. */
  private final @Nullable TemporalAmount amount;

  private CookieLifetime(String text, @Nullable TemporalAmount amount) {
    this.text = text;
    this.amount = amount;
  }

  /**
   * The lifetime that {@code text} declares.
   *
   * @throws IllegalArgumentException if it declares none ({@link #problem})
   */
  public static CookieLifetime parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals(SESSION)) {
      return new CookieLifetime(text, null);
    }
    TemporalAmount amount;
    try {
      amount = amount(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(describe(text, Problem.NOT_ISO_8601), e);
    }
    Problem problem = problem(amount);
    if (problem != null) {
      throw new IllegalArgumentException(describe(text, problem));
    }
    return new CookieLifetime(text, amount);
  }

  /** Why {@code text} declares no lifetime; empty if it declares one. */
  public static Optional<Problem> problem(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals(SESSION)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(problem(amount(text)));
    } catch (DateTimeParseException e) {
      return Optional.of(Problem.NOT_ISO_8601);
    }
  }

  /** A duration when the text has a time part ({@code T}), else a period, as ISO-8601 spells. */
  private static TemporalAmount amount(String text) {
    return text.indexOf('T') >= 0 || text.indexOf('t') >= 0
        ? Duration.parse(text)
        : Period.parse(text);
  }

  private static @Nullable Problem problem(TemporalAmount amount) {
    if (amount instanceof Period period) {
      return period.isZero() ? Problem.ZERO : period.isNegative() ? Problem.NEGATIVE : null;
    }
    Duration duration = (Duration) amount;
    return duration.isZero()
        ? Problem.ZERO
        : duration.isNegative()
            ? Problem.NEGATIVE
            : duration.getNano() != 0 ? Problem.FRACTION_OF_A_SECOND : null;
  }

  private static String describe(String text, Problem problem) {
    return "\"" + text + "\" is not a cookie lifetime (" + problem + ")";
  }

  /** Whether the cookie is deleted when the browser closes: it has no Max-Age nor Expires. */
  public boolean isSession() {
    return amount == null;
  }

  /** The {@link Period} or {@link Duration} declared; empty for a session cookie. */
  public Optional<TemporalAmount> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The length in time, with months and years as {@code java.time} estimates them; empty for a
   * session cookie.
   */
  public Optional<Duration> estimatedLength() {
    if (amount == null) {
      return Optional.empty();
    }
    if (amount instanceof Duration duration) {
      return Optional.of(duration);
    }
    return Optional.of(estimate((Period) amount));
  }

  /**
   * The length of {@code period} as {@code java.time} estimates months and years: an average month
   * of 30.436875 days.
   */
  public static Duration estimate(Period period) {
    return ChronoUnit.MONTHS
        .getDuration()
        .multipliedBy(period.toTotalMonths())
        .plus(ChronoUnit.DAYS.getDuration().multipliedBy(period.getDays()));
  }

  /**
   * Whether a cookie that lives this long may be set with a Max-Age of {@code seconds}: zero or
   * less (a deletion, or a session cookie) always; more only up to the {@linkplain
   * #estimatedLength() estimated length}, and never for a session cookie.
   */
  public boolean allowsMaxAge(long seconds) {
    return seconds <= 0
        || (amount != null && seconds <= estimatedLength().orElseThrow().getSeconds());
  }

  /**
   * Whether an audience-measurement cookie that lives this long may be exempt from consent: a
   * session cookie, or at most {@link #CONSENT_EXEMPTION_LIMIT} as estimated.
   */
  public boolean withinConsentExemptionLimit() {
    return amount == null
        || estimatedLength().orElseThrow().compareTo(estimate(CONSENT_EXEMPTION_LIMIT)) <= 0;
  }

  /** The text as declared: {@code P13M}, or {@code session}. */
  @Override
  public String toString() {
    return text;
  }

  /** Equal when declared with the same text. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CookieLifetime lifetime && lifetime.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
