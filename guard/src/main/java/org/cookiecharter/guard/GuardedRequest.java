package org.cookiecharter.guard;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request under the guard: an asynchronous request started without arguments keeps the guarded
 * response, where the container would hand out its own ({@code AsyncContext.getResponse()}).
 */
final class GuardedRequest extends HttpServletRequestWrapper {
  private final GuardedResponse response;

  GuardedRequest(HttpServletRequest request, GuardedResponse response) {
    super(request);
    this.response = response;
  }

  @Override
  public AsyncContext startAsync() {
    return startAsync(this, response);
  }
}
