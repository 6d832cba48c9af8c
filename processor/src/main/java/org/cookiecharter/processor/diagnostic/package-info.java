@NullMarked
package org.cookiecharter.processor.diagnostic;

import org.jspecify.annotations.NullMarked;
