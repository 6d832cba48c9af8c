package org.cookiecharter.guard;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cookiecharter.CookieDefinition;

/**
 * Test assertions that every cookie a response set was declared ({@code assertDeclared}), and that
 * each one needing consent was consented to ({@code assertConsented}). Without {@link
 * DeclaredCookies}, the declarations are the {@code cookies.json} that the build wrote (on the
 * test's class path). A deletion (an expiry in the past) is not a cookie set, and passes.
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
    List<String> undeclared = new ArrayList<>();
    for (HttpResponse<?> each : exchanges(response)) {
      for (String header : each.headers().allValues("Set-Cookie")) {
        check(declared, SetCookie.parse(header), where(each), undeclared);
      }
    }
    fail(undeclared);
  }

  /**
   * Every cookie that needs consent, set by {@code response} or by the redirects before it, was
   * consented to by the request that it answers: its CookieConsent cookie accepts the cookie's
   * category under the revision of the {@code cookies.json} on the test's class path. A choice made
   * under another revision, before the cookie list changed in what consent is about, is none.
   */
  public static void assertConsented(HttpResponse<?> response) {
    assertConsented(classPath(), new CookieConsentReader(), response);
  }

  /**
   * Every cookie of {@code declared} that needs consent, set by {@code response} or by the
   * redirects before it, was consented to by the request that it answers, as {@code consent} reads
   * the request's cookie. An undeclared cookie is {@link #assertDeclared}'s to report.
   */
  public static void assertConsented(
      DeclaredCookies declared, CookieConsentReader consent, HttpResponse<?> response) {
    List<String> unconsented = new ArrayList<>();
    for (HttpResponse<?> each : exchanges(response)) {
      Set<String> accepted =
          sentCookie(each.request().headers().allValues("Cookie"), consent.cookieName())
              .map(consent::acceptedCategories)
              .orElse(Set.of());
      for (String header : each.headers().allValues("Set-Cookie")) {
        SetCookie cookie = SetCookie.parse(header);
        Optional<CookieDefinition> declaration =
            cookie.validName() && !cookie.deletion()
                ? declared.find(cookie.name())
                : Optional.empty();
        if (declaration.isPresent() && !ConsentReader.allows(declaration.get(), () -> accepted)) {
          unconsented.add(
              GuardMessage.UNCONSENTED_COOKIE.format(
                  cookie.shownName(), declaration.get().consentCategory(), where(each)));
        }
      }
    }
    if (!unconsented.isEmpty()) {
      throw new AssertionError(
          unconsented.size() == 1
              ? GuardMessage.ONE_UNCONSENTED.format(unconsented.get(0))
              : GuardMessage.SEVERAL_UNCONSENTED.format(
                  unconsented.size(), String.join("\n  ", unconsented)));
    }
  }

  /** The value of the cookie {@code name} in a request's {@code Cookie} headers, if sent. */
  private static Optional<String> sentCookie(List<String> cookieHeaders, String name) {
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
          return Optional.of(pair.substring(equals + 1).strip());
        }
      }
    }
    return Optional.empty();
  }

  /** The response and the redirects the client followed to it, the first first. */
  private static List<HttpResponse<?>> exchanges(HttpResponse<?> response) {
    List<HttpResponse<?>> responses = new ArrayList<>();
    for (Optional<? extends HttpResponse<?>> each = Optional.of(response);
        each.isPresent();
        each = each.get().previousResponse()) {
      responses.add(0, each.get());
    }
    return responses;
  }

  private static String where(HttpResponse<?> exchange) {
    return "Set-Cookie of " + exchange.request().method() + " " + exchange.request().uri();
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
    return DeclaredCookies.fromClassPath();
  }
}
