package org.cookiecharter.processor.calls;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.Element;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.charter.LifetimeWording;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.jspecify.annotations.Nullable;

/**
 * The rule that the code must not outlive the declaration: a constant max-age longer than the
 * declared duration, or any on a session cookie, is an error; one on a cookie that declares no
 * duration proposes the duration to declare. A max-age of zero or less (a deletion, a session
 * cookie) is never reported.
 */
final class LifetimeCheck {
  private static final long DAY = 86_400;

  private final MaxAgeEvaluator evaluator;
  private final boolean checked;
  private @Nullable LifetimeWording wording;

  /** A message and its arguments. */
  record Problem(Message message, Object... args) {}

  /**
   * @param fields where the values of {@code static final} fields are kept, for every class of the
   *     compilation ({@link MaxAgeEvaluator})
   */
  LifetimeCheck(Trees trees, Diagnostics diagnostics, Map<Element, Object> fields) {
    this.evaluator = new MaxAgeEvaluator(trees, fields);
    this.checked =
        diagnostics.isOn(Message.LIFETIME_EXCEEDS_DECLARATION)
            || diagnostics.isOn(Message.MAX_AGE_ON_SESSION_COOKIE)
            || diagnostics.isOn(Message.UNDECLARED_LIFETIME);
  }

  /** Whether any of the rule's messages is reported: else max-ages are not looked for. */
  boolean isChecked() {
    return checked;
  }

  /** The evaluator of max-ages, which also folds the numbers of a header's value. */
  MaxAgeEvaluator evaluator() {
    return evaluator;
  }

  /** The constant max-age that the argument at {@code path} holds, in seconds. */
  OptionalLong seconds(TreePath path) {
    return evaluator.seconds(path);
  }

  /** What is wrong with setting {@code name} with this max-age; empty if nothing. */
  Optional<Problem> problem(String name, CookieDeclaration declaration, long seconds, String call) {
    if (seconds <= 0) {
      return Optional.empty();
    }
    Optional<CookieLifetime> lifetime = declaration.lifetime();
    if (lifetime.isPresent() && lifetime.get().allowsMaxAge(seconds)) {
      return Optional.empty();
    }
    String words = wording().ofSeconds(seconds);
    if (lifetime.isEmpty()) {
      return Optional.of(
          new Problem(
              Message.UNDECLARED_LIFETIME,
              name,
              call,
              seconds,
              words,
              declaration.location(),
              proposal(seconds),
              ProcessorOptions.REQUIRE_DURATION));
    }
    if (lifetime.get().isSession()) {
      return Optional.of(
          new Problem(
              Message.MAX_AGE_ON_SESSION_COOKIE,
              name,
              call,
              seconds,
              words,
              declaration.location(),
              proposal(seconds)));
    }
    return Optional.of(
        new Problem(
            Message.LIFETIME_EXCEEDS_DECLARATION,
            name,
            call,
            seconds,
            words,
            declaration.location(),
            lifetime.get(),
            wording().of(lifetime.get()),
            lifetime.get().estimatedLength().orElseThrow().getSeconds()));
  }

  /** The duration to declare for a max-age: in days when it makes whole days. */
  private static String proposal(long seconds) {
    return seconds % DAY == 0 ? "P" + seconds / DAY + "D" : Duration.ofSeconds(seconds).toString();
  }

  private LifetimeWording wording() {
    if (wording == null) {
      wording = LifetimeWording.forMessages();
    }
    return wording;
  }
}
