@NullMarked
package org.cookiecharter.processor.codegen;

import org.jspecify.annotations.NullMarked;
