@NullMarked
package org.cookiecharter.processor.charter;

import org.jspecify.annotations.NullMarked;
