/**
 * The charter of the real code base: Spring Security's {@code web} module, compiled from its
 * released sources with this package beside them.
 */
@CookieCharter(platform = "https://security.example.org")
package org.cookiecharter.bench.real;

import org.cookiecharter.CookieCharter;
