@NullMarked
package org.cookiecharter.processor.validation;

import org.jspecify.annotations.NullMarked;
