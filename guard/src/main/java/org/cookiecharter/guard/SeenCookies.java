package org.cookiecharter.guard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every cookie that any {@link CookieCharterFilter} of this JVM sees, for those who listen: {@link
 * CookieCharterExtension} in the application's tests. A deletion is not a cookie set, and is not
 * reported.
 */
public final class SeenCookies {
  private static final System.Logger LOG = System.getLogger(SeenCookies.class.getName());
  private static final List<Consumer<SeenCookie>> LISTENERS = new CopyOnWriteArrayList<>();

  private SeenCookies() {}

  /** Ends a {@link #listen} when closed. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Calls {@code listener} for every cookie seen from now until the subscription is closed. */
  public static Subscription listen(Consumer<SeenCookie> listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  static void report(SeenCookie seen) {
    for (Consumer<SeenCookie> listener : LISTENERS) {
      try {
        listener.accept(seen);
      } catch (RuntimeException e) {
        // a listener's failure must not fail the response
        LOG.log(System.Logger.Level.ERROR, GuardMessage.LISTENER_FAILED.format(), e);
      }
    }
  }

  /** Whether anyone listens: the filter builds no report when no one does. */
  static boolean listened() {
    return !LISTENERS.isEmpty();
  }
}
