package org.cookiecharter.spring;

import java.util.Map;
import java.util.TreeMap;
import org.cookiecharter.guard.SeenCookie;
import org.cookiecharter.guard.SeenCookies;

/**
 * What the guards of this JVM saw since start-up: how many times each undeclared name was set, and
 * each declared one before the visitor consented to it. At most {@value #NAMES} names each, so that
 * names computed from requests cannot fill the memory; beyond them, one count under {@value
 * #OTHER_NAMES}.
 */
public final class SeenCookieCounts implements AutoCloseable {
  static final int NAMES = 1000;
  static final String OTHER_NAMES = "(other names)";

  private final Map<String, Long> undeclared = new TreeMap<>();
  private final Map<String, Long> unconsented = new TreeMap<>();
  private final SeenCookies.Subscription subscription;

  SeenCookieCounts() {
    subscription = SeenCookies.listen(this::count);
  }

  private synchronized void count(SeenCookie cookie) {
    if (!cookie.declared()) {
      add(undeclared, cookie.name());
    } else if (!cookie.consented()) {
      add(unconsented, cookie.name());
    }
  }

  private static void add(Map<String, Long> counts, String name) {
    String key = counts.containsKey(name) || counts.size() < NAMES ? name : OTHER_NAMES;
    counts.merge(key, 1L, Long::sum);
  }

  /** Each undeclared name set, with how many times, by name. */
  public synchronized Map<String, Long> undeclared() {
    return Map.copyOf(undeclared);
  }

  /** Each declared name set before the visitor consented, with how many times, by name. */
  public synchronized Map<String, Long> unconsented() {
    return Map.copyOf(unconsented);
  }

  @Override
  public void close() {
    subscription.close();
  }
}
