package org.cookiecharter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the compilation that publishes the charter: the site. Put it once, on a package (in {@code
 * package-info.java}) or on a type. The build then generates {@code CookieRegistry} in that package
 * and writes the charter files under {@code META-INF/cookie-charter/}.
 *
 * <pre>{@code
 * @CookieCharter(platform = "https://data.example.org")
 * package org.example.portal;
 *
 * import org.cookiecharter.CookieCharter;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface CookieCharter {
  /**
   * The platform's absolute http(s) URL, shown in the charter. The processor option {@code
   * -Acookiecharter.platform=URL} overrides it, so one code base deployed on several portals builds
   * each portal's charter; leave it empty to require the option.
   */
  String platform() default "";

  /**
   * Raise it (0, 1, 2...) when a purpose changes in substance while no cookie's name, provider,
   * category, storage, duration or exemption does: every banner then asks the visitors again for
   * each category that holds a cookie needing consent. A change of wording alone needs nothing: the
   * consent fingerprints ({@link ConsentFingerprints}) never read the texts. It must not be
   * negative.
   */
  int purposeEdition() default 0;
}
