/** A small Spring Boot application built with the processor, for the starter's tests. */
@CookieCharter(platform = "https://data.example.org")
package org.cookiecharter.spring.app;

import org.cookiecharter.CookieCharter;
