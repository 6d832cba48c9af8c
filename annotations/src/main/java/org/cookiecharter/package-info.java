@NullMarked
package org.cookiecharter;

import org.jspecify.annotations.NullMarked;
