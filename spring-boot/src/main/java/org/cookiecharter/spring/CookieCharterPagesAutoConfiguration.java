package org.cookiecharter.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cookiecharter.CharterResources;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The policy's pages and the consent banners' files served by Spring MVC, at the paths of {@code
 * cookiecharter.pages.*}, GET and HEAD only. The mapping comes after the application's controllers
 * and functional routes, so that an application's own mapping of a path wins; and before Spring
 * MVC's static resources.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnResource(resources = "classpath:" + CharterResources.JSON)
@ConditionalOnBooleanProperty(name = "cookiecharter.pages.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CookieCharterProperties.class)
@ImportRuntimeHints(CookieCharterRuntimeHints.class)
public final class CookieCharterPagesAutoConfiguration {
  /**
   * After {@code RequestMappingHandlerMapping} (0) and {@code RouterFunctionMapping} (-1), the
   * application's; before the static resources' mapping ({@code Ordered.LOWEST_PRECEDENCE - 1}).
   */
  public static final int MAPPING_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  CharterPages cookieCharterPages(CookieCharterProperties properties) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return CharterPages.load(
        properties.getPages(),
        loader != null ? loader : CookieCharterPagesAutoConfiguration.class.getClassLoader());
  }

  @Bean
  SimpleUrlHandlerMapping cookieCharterPagesMapping(CharterPages pages) {
    Map<String, Object> handlers = new LinkedHashMap<>();
    pages.byPath().forEach((path, page) -> handlers.put(path, handler(page)));
    return new SimpleUrlHandlerMapping(handlers, MAPPING_ORDER);
  }

  private static HttpRequestHandler handler(CharterPages.Page page) {
    return (HttpServletRequest request, HttpServletResponse response) ->
        serve(page, request, response);
  }

  private static void serve(
      CharterPages.Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    response.setContentType(page.mediaType());
    response.setContentLength(page.content().length);
    // The files change with each build: a browser asks again rather than keep an old list.
    response.setHeader("Cache-Control", "no-cache");
    if (method.equals("GET")) {
      response.getOutputStream().write(page.content());
    }
  }
}
