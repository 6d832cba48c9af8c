package org.cookiecharter.guard;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence the guard writes: its log lines, its start-up failures, its test assertions' and
 * the reasons it gives for them, in English. The processor's are in its own {@code Message}.
 */
enum GuardMessage {
  // Start-up: the filter's init parameters.
  /** Args: the failure's message. */
  CANNOT_START("cookie-charter: %s"),
  /** Args: the value given. */
  UNKNOWN_MODE("cookie-charter: unknown mode \"%s\" (init parameter mode): report or block"),
  /** Args: the class named, why it cannot be used (one of the reasons below). */
  UNUSABLE_CONSENT_READER(
      "cookie-charter: cannot use the consent reader \"%s\" (init parameter consent-reader): %s;"
          + " give none, cookieconsent, or a ConsentReader class with a public no-argument"
          + " constructor"),
  NOT_A_CONSENT_READER("it is not a ConsentReader"),
  NO_SUCH_CLASS("no such class"),
  /** Args: the linkage error. */
  CANNOT_BE_LOADED("it cannot be loaded: %s"),
  NO_PUBLIC_CONSTRUCTOR("it has no public no-argument constructor"),
  /** Args: the constructor's failure. */
  CONSTRUCTOR_FAILED("its constructor failed: %s"),
  /** Args: the failure. */
  CANNOT_BE_CREATED("it cannot be created: %s"),

  // Start-up: the container's session cookie.
  /** Args: the name, escaped; what is wrong (one of the two below). */
  SESSION_COOKIE("cookie-charter: the container's session cookie \"%s\" %s"),
  SESSION_COOKIE_UNDECLARED(
      "is not declared: declare it with @DeclaredCookie, or name the session cookie after a"
          + " declared cookie (SessionCookieConfig.setName, server.servlet.session"
          + ".cookie.name...)"),
  /** Args: the consent category. */
  SESSION_COOKIE_NEEDS_CONSENT(
      "is declared as %s, which needs consent, but the container sets it before any: declare it"
          + " NECESSARY"),

  // Each cookie a response sets.
  /** Args: the cookie's shown name, the request, what the guard did (one of the three below). */
  COOKIE_SET("cookie-charter: cookie %s set by %s %s"),
  UNDECLARED_SET_ANYWAY("is not declared: set anyway (mode report)"),
  UNDECLARED_DROPPED("is not declared: dropped"),
  /** Args: the consent category. */
  SET_BEFORE_CONSENT("is set before the visitor consented to %s (mode block drops it)"),
  /** Args: a {@link #COOKIE_SET} line, how many names are logged one by one. */
  MORE_NAMES_THAN_LOGGED(
      "%s (more than %d cookie names logged: further ones at most once a minute)"),
  /** Args: the cookie's shown name, the request, the consent category. */
  DROPPED_UNTIL_CONSENT(
      "cookie-charter: cookie %s dropped from %s until the visitor consents to %s"),
  /** Args: the cookie's shown name. */
  CANNOT_CHECK("cookie-charter: cannot check cookie %s"),
  /** Args: the cookie's shown name. */
  CANNOT_CHECK_AT_MOST_ONCE_A_MINUTE(
      "cookie-charter: cannot check cookie %s (reported at most once a minute)"),
  LISTENER_FAILED("a listener of seen cookies failed"),

  // The declarations' file.
  /** Args: the resource's path. */
  NO_DECLARATIONS(
      "%s is not on the class path: build the application with the cookie-charter processor, or"
          + " give the declarations in code"),
  /** Args: the resource, the failure's message. */
  CANNOT_READ("cannot read %s: %s"),
  /** Args: the document's source, why ({@code CookiesJson}'s words). */
  NOT_COOKIES_JSON("%s is not cookie-charter's cookies.json: %s"),

  // The test assertions.
  /** Args: the cookie's shown name, {@link #NOT_A_VALID_NAME} or nothing, where it was set. */
  UNDECLARED_COOKIE("%s%s in %s"),
  NOT_A_VALID_NAME(" (not a valid cookie name)"),
  /** Args: the cookie, as {@link #UNDECLARED_COOKIE} says it. */
  ONE_UNDECLARED("1 cookie is set but not declared:\n  %s"),
  /** Args: how many, the cookies one per line. */
  SEVERAL_UNDECLARED("%d cookies are set but not declared:\n  %s"),
  /** Args: the cookie's shown name, its consent category, where it was set. */
  UNCONSENTED_COOKIE("%s (%s) in %s"),
  /** Args: the cookie, as {@link #UNCONSENTED_COOKIE} says it. */
  ONE_UNCONSENTED(
      "1 cookie is set before the visitor consented to its category (under the current"
          + " revision):\n  %s"),
  /** Args: how many, the cookies one per line. */
  SEVERAL_UNCONSENTED(
      "%d cookies are set before the visitor consented to their category (under the current"
          + " revision):\n  %s"),
  /** Args: the test class, the cookie. */
  EXTENSION_ONE_UNDECLARED(
      "%s: the application set a cookie that no @DeclaredCookie declares:\n  %s"),
  /** Args: the test class, how many, the cookies one per line. */
  EXTENSION_SEVERAL_UNDECLARED(
      "%s: the application set %d cookies that no @DeclaredCookie declares:\n  %s");

  private final String template;

  GuardMessage(String template) {
    this.template = template;
  }

  /** The words with {@code args} in place. */
  String format(@Nullable Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
