@NullMarked
package org.cookiecharter.processor;

import org.jspecify.annotations.NullMarked;
