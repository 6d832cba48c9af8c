package org.cookiecharter.guard;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test assertions that every cookie a response set was declared. Without {@link DeclaredCookies},
 * the declarations are the {@code cookies.json} that the build wrote (on the test's class path). A
 * deletion (an expiry in the past) is not a cookie set, and passes.
 */
public final class CookieCharterAssertions {
  private CookieCharterAssertions() {}

  /** Every {@code Set-Cookie} of {@code response}, and of the redirects before it, is declared. */
  public static void assertDeclared(HttpResponse<?> response) {
    assertDeclared(classPath(), response);
  }

  /**
   * Every {@code Set-Cookie} of {@code response}, and of the redirects the client followed to it,
   * is declared in {@code declared}.
   */
  public static void assertDeclared(DeclaredCookies declared, HttpResponse<?> response) {
    List<HttpResponse<?>> responses = new ArrayList<>();
    for (Optional<? extends HttpResponse<?>> each = Optional.of(response);
        each.isPresent();
        each = each.get().previousResponse()) {
      responses.add(0, each.get());
    }
    List<String> undeclared = new ArrayList<>();
    for (HttpResponse<?> each : responses) {
      String where = "Set-Cookie of " + each.request().method() + " " + each.request().uri();
      for (String header : each.headers().allValues("Set-Cookie")) {
        check(declared, SetCookie.parse(header), where, undeclared);
      }
    }
    fail(undeclared);
  }

  /** Every one of these {@code Set-Cookie} values is declared. */
  public static void assertDeclared(List<String> setCookieValues) {
    assertDeclared(classPath(), setCookieValues);
  }

  /** Every one of these {@code Set-Cookie} values is declared in {@code declared}. */
  public static void assertDeclared(DeclaredCookies declared, List<String> setCookieValues) {
    List<String> undeclared = new ArrayList<>();
    for (int i = 0; i < setCookieValues.size(); i++) {
      check(
          declared,
          SetCookie.parse(setCookieValues.get(i)),
          "Set-Cookie value " + (i + 1) + " of " + setCookieValues.size(),
          undeclared);
    }
    fail(undeclared);
  }

  /** Every one of these cookies is declared. */
  public static void assertDeclared(Cookie... cookies) {
    assertDeclared(classPath(), cookies);
  }

  /** Every one of these cookies is declared in {@code declared}. */
  public static void assertDeclared(DeclaredCookies declared, Cookie... cookies) {
    List<String> undeclared = new ArrayList<>();
    List<Cookie> all = Arrays.asList(cookies);
    for (int i = 0; i < all.size(); i++) {
      Cookie cookie = all.get(i);
      check(
          declared,
          SetCookie.of(cookie.getName(), cookie.getMaxAge()),
          "Cookie " + (i + 1) + " of " + all.size(),
          undeclared);
    }
    fail(undeclared);
  }

  private static void check(
      DeclaredCookies declared, SetCookie cookie, String where, List<String> undeclared) {
    if (cookie.validName() && (cookie.deletion() || declared.find(cookie.name()).isPresent())) {
      return;
    }
    undeclared.add(
        GuardMessage.UNDECLARED_COOKIE.format(
            cookie.shownName(),
            cookie.validName() ? "" : GuardMessage.NOT_A_VALID_NAME.format(),
            where));
  }

  private static void fail(List<String> undeclared) {
    if (undeclared.isEmpty()) {
      return;
    }
    throw new AssertionError(
        undeclared.size() == 1
            ? GuardMessage.ONE_UNDECLARED.format(undeclared.get(0))
            : GuardMessage.SEVERAL_UNDECLARED.format(
                undeclared.size(), String.join("\n  ", undeclared)));
  }

  private static DeclaredCookies classPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return DeclaredCookies.fromClassPath(
        loader != null ? loader : CookieCharterAssertions.class.getClassLoader());
  }
}
