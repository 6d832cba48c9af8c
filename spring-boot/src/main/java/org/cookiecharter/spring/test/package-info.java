/**
 * For the application's tests: a MockMvc {@code ResultMatcher} and a client interceptor for a real
 * server, each failing on a cookie that no declaration covers ({@code CookieCharterAssertions}).
 */
@NullMarked
package org.cookiecharter.spring.test;

import org.jspecify.annotations.NullMarked;
