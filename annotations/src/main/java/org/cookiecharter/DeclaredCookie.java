package org.cookiecharter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one cookie: put it on the {@code static final String} constant whose value is the
 * cookie's name, and the build lists the cookie in the generated registry and charter.
 *
 * <pre>{@code
 * @DeclaredCookie(
 *     provider = "Opendatasoft",
 *     service = "Authentification (front et back office)",
 *     purpose = "Se souvenir de l'utilisateur d'une page à une autre.",
 *     category = CookieCategory.NECESSARY)
 * public static final String SESSION_ID = "sessionid";
 * }</pre>
 *
 * <p>Class retention, so that a compilation that uses the constant from a jar still sees the
 * declaration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DeclaredCookie {
  /** Who sets the cookie: the charter's "Nom du prestataire" column. */
  String provider();

  /** Which service uses it, and where: the charter's "Service et emplacement" column. */
  String service();

  /** What it is for: the charter's "Finalités" column. */
  String purpose();

  /** Which section of the charter lists it, and whether it needs consent. */
  CookieCategory category();

  /**
   * How long the cookie lasts: an ISO-8601 period or duration as {@code java.time} reads it ({@code
   * "P13M"}, {@code "P1Y"}, {@code "P14D"}, {@code "PT30M"}), or {@code "session"} for a cookie
   * without Max-Age or Expires, deleted when the browser closes. Empty: not declared. The charter
   * then has a duration column, and the build checks the Max-Age that the code sets against it
   * ({@link CookieLifetime}).
   */
  String duration() default "";

  /**
   * Whether this {@link CookieCategory#STATISTICS} cookie claims the French exemption from consent
   * for audience measurement (CNIL, délibération n° 2020-091): its only purpose is the publisher's
   * own audience measurement, its statistics are anonymous, it follows no one across sites, and it
   * lasts at most 13 months, not extended by later visits. It must declare a {@link #duration()} of
   * at most 13 months; only a statistics cookie may claim it.
   */
  boolean exempt() default false;

  /**
   * Where the name is kept: a cookie (the default), or a key that the site's scripts put in the
   * browser's {@code localStorage} or {@code sessionStorage}, which needs the same documentation
   * and consent. A name is declared once, whatever its storage. The browser scan holds storage keys
   * against these declarations; the compiler checks only cookies.
   */
  CookieStorage storage() default CookieStorage.COOKIE;
}
