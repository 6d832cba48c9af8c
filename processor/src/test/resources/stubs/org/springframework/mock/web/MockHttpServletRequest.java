package org.springframework.mock.web;

import jakarta.servlet.http.Cookie;

public class MockHttpServletRequest {
  public void setCookies(Cookie... cookies) {}
}
