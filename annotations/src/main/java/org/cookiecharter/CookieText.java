package org.cookiecharter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cookie's {@code service} and {@code purpose} in another language than the one its {@link
 * DeclaredCookie} is written in, next to it on the same constant, so that the policy in that
 * language ({@code -Acookiecharter.languages=fr,en}) lists the cookie in its reader's words.
 *
 * <pre>{@code
 * @DeclaredCookie(
 *     provider = "Opendatasoft",
 *     service = "Sélection de la langue (front et back office)",
 *     purpose = "Se souvenir de la langue du visiteur",
 *     category = CookieCategory.NECESSARY)
 * @CookieText(
 *     language = "en",
 *     service = "Language selection (front and back office)",
 *     purpose = "Remembers the visitor's language")
 * public static final String LANGUAGE = "django_language";
 * }</pre>
 *
 * <p>The provider is a name and is not translated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
@Repeatable(CookieTexts.class)
public @interface CookieText {
  /** The language, as {@code -Acookiecharter.languages} names it: {@code "en"}, {@code "fr"}. */
  String language();

  /** The policy's "Service" column in that language. */
  String service();

  /** The policy's "Purpose" column in that language. */
  String purpose();
}
