package org.cookiecharter.processor.calls;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of calls ({@link BuiltInSinks}, {@link FrameworkCookies}), written as a list of entries
 * where one line may stand for several: the same method on Jakarta's and javax's types, or under
 * several names ({@code onDescendantOfAny}, {@code namedAnyOf}).
 */
final class CallTable {
  private CallTable() {}

  /** One entry of a table, or several written as one. */
  interface Entries<T> {
    /** The entries, in order. */
    List<T> entries();
  }

  /** The table: every entry of each line, in order. */
  @SafeVarargs
  static <T> List<T> of(Entries<? extends T>... lines) {
    List<T> table = new ArrayList<>();
    for (Entries<? extends T> line : lines) {
      table.addAll(line.entries());
    }
    return List.copyOf(table);
  }
}
