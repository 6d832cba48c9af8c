package org.cookiecharter.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when a {@link CookieCharterFilter} of the JVM saw an undeclared cookie while
 * the class ran, whatever the filter's mode (a dropped cookie fails too). For tests that send real
 * requests to the application in the same JVM ({@code @ExtendWith(CookieCharterExtension.class)});
 * classes that run in parallel would share what they see.
 */
public final class CookieCharterExtension implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CookieCharterExtension.class);

  /** What one test class saw: each undeclared name, where it was first seen. */
  private static final class Seen {
    private final Map<String, String> undeclared = new LinkedHashMap<>();

    synchronized void add(SeenCookie cookie) {
      if (!cookie.declared()) {
        undeclared.putIfAbsent(
            cookie.name(), cookie.where() + (cookie.dropped() ? ", dropped" : ""));
      }
    }

    synchronized List<String> undeclared() {
      List<String> lines = new ArrayList<>();
      undeclared.forEach(
          (name, where) -> lines.add(SetCookie.of(name, -1).shownName() + " set by " + where));
      return lines;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Seen seen = new Seen();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(Seen.class, seen);
    store.put(SeenCookies.Subscription.class, SeenCookies.listen(seen::add));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.remove(SeenCookies.Subscription.class, SeenCookies.Subscription.class).close();
    List<String> undeclared = store.remove(Seen.class, Seen.class).undeclared();
    if (!undeclared.isEmpty()) {
      String testClass = context.getRequiredTestClass().getName();
      throw new AssertionError(
          undeclared.size() == 1
              ? GuardMessage.EXTENSION_ONE_UNDECLARED.format(testClass, undeclared.get(0))
              : GuardMessage.EXTENSION_SEVERAL_UNDECLARED.format(
                  testClass, undeclared.size(), String.join("\n  ", undeclared)));
    }
  }
}
