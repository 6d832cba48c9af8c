@NullMarked
package org.cookiecharter.guard;

import org.jspecify.annotations.NullMarked;
