@NullMarked
package org.cookiecharter.processor.calls;

import org.jspecify.annotations.NullMarked;
