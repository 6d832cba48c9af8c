package org.cookiecharter.processor.calls;

import java.util.List;

/**
 * A method or constructor that sets a cookie's Max-Age: a cookie object's setter, a builder's
 * method, or a call that makes the cookie with its max-age. A numeric argument counts seconds; a
 * {@code java.time} argument is a length of time.
 *
 * @param matcher which methods or constructors
 * @param index the index of the argument that holds the max-age
 */
record MaxAgeSetter(CallMatcher matcher, int index) implements CallTable.Entries<MaxAgeSetter> {
  @Override
  public List<MaxAgeSetter> entries() {
    return List.of(this);
  }
}
