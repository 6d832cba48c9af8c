package org.cookiecharter.spring.test;

import java.io.IOException;
import java.util.List;
import org.cookiecharter.guard.CookieCharterAssertions;
import org.cookiecharter.guard.DeclaredCookies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A real server's side: a client interceptor that fails the request, with {@code
 * CookieCharterAssertions}' message, when a response sets a cookie that no declaration covers. For
 * {@code RestClient.builder().requestInterceptor(new DeclaredCookiesInterceptor())} or {@code
 * TestRestTemplate}'s {@code getRestTemplate().getInterceptors()}, in a {@code @SpringBootTest} on
 * a real port.
 */
public final class DeclaredCookiesInterceptor implements ClientHttpRequestInterceptor {
  private final @Nullable DeclaredCookies declared;

  /** Against the {@code cookies.json} of the class path. */
  public DeclaredCookiesInterceptor() {
    this.declared = null;
  }

  /** Against {@code declared}. */
  public DeclaredCookiesInterceptor(DeclaredCookies declared) {
    this.declared = declared;
  }

  @Override
  public ClientHttpResponse intercept(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    List<String> setCookies = response.getHeaders().getOrEmpty("Set-Cookie");
    if (declared == null) {
      CookieCharterAssertions.assertDeclared(setCookies);
    } else {
      CookieCharterAssertions.assertDeclared(declared, setCookies);
    }
    return response;
  }
}
