/**
 * A small open-data portal that publishes its cookie charter from its code. The charter's platform
 * is this one unless the build passes {@code -Acookiecharter.platform=URL} (see the module's pom).
 */
@CookieCharter(platform = "https://data.example.org")
package org.cookiecharter.example.portal;

import org.cookiecharter.CookieCharter;
