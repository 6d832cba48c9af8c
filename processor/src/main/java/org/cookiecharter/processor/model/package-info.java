@NullMarked
package org.cookiecharter.processor.model;

import org.jspecify.annotations.NullMarked;
