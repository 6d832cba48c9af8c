@NullMarked
package org.cookiecharter.cli;

import org.jspecify.annotations.NullMarked;
