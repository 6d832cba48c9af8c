package org.cookiecharter.spring.test;

import org.cookiecharter.guard.CookieCharterAssertions;
import org.cookiecharter.guard.DeclaredCookies;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * MockMvc's side: {@code mockMvc.perform(get("/")).andExpect(cookiesDeclared())} fails the test
 * when the response set a cookie that no declaration covers, with {@code CookieCharterAssertions}'
 * message. A deletion passes.
 */
public final class CookieCharterResultMatchers {
  private CookieCharterResultMatchers() {}

  /** Every cookie the response set is declared in the {@code cookies.json} of the class path. */
  public static ResultMatcher cookiesDeclared() {
    return result ->
        CookieCharterAssertions.assertDeclared(result.getResponse().getHeaders("Set-Cookie"));
  }

  /** Every cookie the response set is declared in {@code declared}. */
  public static ResultMatcher cookiesDeclared(DeclaredCookies declared) {
    return result ->
        CookieCharterAssertions.assertDeclared(
            declared, result.getResponse().getHeaders("Set-Cookie"));
  }
}
