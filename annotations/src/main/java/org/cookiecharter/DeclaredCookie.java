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
}
