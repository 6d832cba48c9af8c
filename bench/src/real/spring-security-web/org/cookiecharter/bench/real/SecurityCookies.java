package org.cookiecharter.bench.real;

import org.cookiecharter.CookieCategory;
import org.cookiecharter.DeclaredCookie;

/**
 * The cookies that Spring Security's {@code web} module sets under their default names, declared as
 * an application that uses the module would declare them, so that the module compiles without
 * error (javac skips code generation after an error, which would flatter the processor).
 */
public final class SecurityCookies {
  @DeclaredCookie(
      provider = "Example",
      service = "Session",
      purpose = "Keeps the visitor signed in from one page to the next.",
      category = CookieCategory.NECESSARY)
  public static final String SESSION = "JSESSIONID";

  @DeclaredCookie(
      provider = "Example",
      service = "Forms",
      purpose = "Protects forms against cross-site request forgery.",
      category = CookieCategory.NECESSARY)
  public static final String CSRF_TOKEN = "XSRF-TOKEN";

  @DeclaredCookie(
      provider = "Example",
      service = "Sign-in",
      purpose = "Keeps the visitor signed in across visits when asked to.",
      category = CookieCategory.FIRST_PARTY)
  public static final String REMEMBER_ME = "remember-me";

  @DeclaredCookie(
      provider = "Example",
      service = "Sign-in",
      purpose = "Returns the visitor to the page asked for before signing in.",
      category = CookieCategory.NECESSARY)
  public static final String REDIRECT_URI = "REDIRECT_URI";

  @DeclaredCookie(
      provider = "Example",
      service = "Session (WebFlux)",
      purpose = "Keeps the visitor signed in from one page to the next.",
      category = CookieCategory.NECESSARY)
  public static final String WEBFLUX_SESSION = "SESSION";

  private SecurityCookies() {}
}
