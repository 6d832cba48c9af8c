package org.cookiecharter.spring;

import static org.cookiecharter.spring.test.CookieCharterResultMatchers.cookiesDeclared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.cookiecharter.spring.app.TestApplication;
import org.cookiecharter.spring.test.DeclaredCookiesInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The helpers for an application's tests: MockMvc's matcher, and the client interceptor against a
 * real server whose guard (mode report) lets an undeclared cookie out.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestHelpersTest {
  @LocalServerPort int port;

  @Autowired WebApplicationContext context;

  @Test
  void mockMvcFailsOnAnUndeclaredCookie() throws Exception {
    MockMvc mockMvc = MockMvcBuilders.webAppContextSetup(context).build();

    mockMvc.perform(get("/set").param("name", "_pk_id.1")).andExpect(cookiesDeclared());
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () ->
                mockMvc.perform(get("/set").param("name", "tracker")).andExpect(cookiesDeclared()));
    assertEquals(
        "1 cookie is set but not declared:\n  \"tracker\" in Set-Cookie value 1 of 1",
        failed.getMessage());
  }

  @Test
  void aClientOfTheRealServerFailsOnAnUndeclaredCookie() {
    RestClient client =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .requestInterceptor(new DeclaredCookiesInterceptor())
            .build();

    assertEquals("set", client.get().uri("/set?name=_pk_id.1").retrieve().body(String.class));
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () -> client.get().uri("/set?name=tracker").retrieve().body(String.class));
    assertEquals(
        "1 cookie is set but not declared:\n  \"tracker\" in Set-Cookie value 1 of 1",
        failed.getMessage());
  }
}
