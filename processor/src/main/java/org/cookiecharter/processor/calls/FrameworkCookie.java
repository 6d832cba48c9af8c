package org.cookiecharter.processor.calls;

import java.util.List;

/**
 * A framework API whose use makes the framework set a cookie that the code does not name: the
 * cookie has the framework's default name unless the code renames it where cookie-charter can see.
 *
 * @param trigger the call that makes the framework set the cookie
 * @param cookieName the framework's default name for it
 * @param sessionCookie whether it is the session cookie, whose name {@code
 *     -Acookiecharter.sessionCookie} gives when the server's configuration changes it
 * @param condition when the call sets the cookie
 * @param renamedBy the methods that rename the cookie, or hand it to code of the application's,
 *     when the code calls them on the object that the trigger makes or in the trigger's arguments;
 *     empty if it cannot be renamed in code
 */
record FrameworkCookie(
    CallMatcher trigger,
    String cookieName,
    boolean sessionCookie,
    Condition condition,
    List<String> renamedBy)
    implements CallTable.Entries<FrameworkCookie> {

  @Override
  public List<FrameworkCookie> entries() {
    return List.of(this);
  }

  /** When the trigger's call makes the framework set the cookie. */
  enum Condition {
    ALWAYS,
    /** Unless its one argument is the constant {@code false}: {@code getSession(false)}. */
    UNLESS_FIRST_ARGUMENT_FALSE,
    /**
     * Unless the method that configures it also names {@link FrameworkCookies#STATELESS_SESSIONS}:
     * Spring Security then creates no session.
     */
    UNLESS_STATELESS
  }

  /** The session cookie that each of {@code triggers} makes the server or framework set. */
  static CallTable.Entries<FrameworkCookie> session(
      CallMatcher.AnyOf triggers, String cookieName, Condition condition) {
    return () ->
        triggers.each().stream().map(trigger -> session(trigger, cookieName, condition)).toList();
  }

  /** The session cookie of a server or framework, named {@code cookieName} by default. */
  static FrameworkCookie session(CallMatcher trigger, String cookieName, Condition condition) {
    return new FrameworkCookie(trigger, cookieName, true, condition, List.of());
  }

  /** A cookie that {@code trigger} makes the framework set, renamed by {@code renamedBy}. */
  static FrameworkCookie named(CallMatcher trigger, String cookieName, String... renamedBy) {
    return new FrameworkCookie(trigger, cookieName, false, Condition.ALWAYS, List.of(renamedBy));
  }
}
