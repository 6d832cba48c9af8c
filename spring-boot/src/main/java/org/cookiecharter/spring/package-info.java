/**
 * Spring Boot auto-configuration of cookie-charter: the guard registered before Spring Security and
 * Spring Session, and the generated policy and consent files served, for an application built with
 * the cookie-charter processor.
 */
@NullMarked
package org.cookiecharter.spring;

import org.jspecify.annotations.NullMarked;
