package org.cookiecharter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that holds cookie names: every {@code String} constant in it must carry {@link
 * DeclaredCookie}, so that a name added without its documentation fails the build.
 *
 * <pre>{@code
 * @CookieCatalog
 * public final class PortalCookies {
 *   @DeclaredCookie(...) public static final String SESSION_ID = "sessionid";
 *   public static final String TRACKER = "trk"; // error: [cookie-charter:UndeclaredCookie]
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CookieCatalog {}
