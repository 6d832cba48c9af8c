/** The example portal on Spring Boot: its charter is this package's. */
@CookieCharter(platform = "https://data.example.org")
package org.cookiecharter.example.spring;

import org.cookiecharter.CookieCharter;
