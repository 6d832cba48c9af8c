@NullMarked
package org.cookiecharter.scan;

import org.jspecify.annotations.NullMarked;
