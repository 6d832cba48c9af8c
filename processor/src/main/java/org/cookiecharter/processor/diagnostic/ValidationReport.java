package org.cookiecharter.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What validating one thing found, in the order found: the messages to report, and the value read
 * only when nothing rejected it (Dagger's {@code ValidationReport}). A reader returns one; its
 * caller reports it, and goes on with the value if there is one.
 *
 * @param <T> what was read
 */
public final class ValidationReport<T> {
  private final List<Item> items;
  private final boolean clean;
  private final @Nullable T value;

  private ValidationReport(List<Item> items, boolean clean, @Nullable T value) {
    this.items = List.copyOf(items);
    this.clean = clean;
    this.value = value;
  }

  /** A new report to fill. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value read: empty if something rejected it. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Whether nothing rejected the value. */
  public boolean isClean() {
    return clean;
  }

  /** Prints every message, in the order found, at the severity the options give it. */
  public void reportTo(Diagnostics diagnostics) {
    for (Item item : items) {
      diagnostics.at(item.position(), item.message(), item.arguments());
    }
  }

  /** A message, where it points, and its arguments. */
  private record Item(Position position, Message message, Object[] arguments) {}

  /** Collects the messages, and whether one rejects the value. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();
    private boolean clean = true;

    private Builder() {}

    /** A problem that makes the value unusable: the report then has none. */
    public Builder reject(Position position, Message message, Object... arguments) {
      items.add(new Item(position, message, arguments.clone()));
      clean = false;
      return this;
    }

    /**
     * A value that cannot be used, and whose problem javac reports itself (a value that does not
     * compile): no message of ours.
     */
    public Builder rejectSilently() {
      clean = false;
      return this;
    }

    /** A message that leaves the value usable (its severity may still be an error). */
    public Builder report(Position position, Message message, Object... arguments) {
      items.add(new Item(position, message, arguments.clone()));
      return this;
    }

    /** Adds what another report found; its rejection rejects this one's value too. */
    public Builder addAll(ValidationReport<?> other) {
      items.addAll(other.items);
      clean &= other.clean;
      return this;
    }

    /** Whether nothing rejected the value so far. */
    public boolean isClean() {
      return clean;
    }

    /** The report, with the value {@code read} gives if nothing rejected it (else not asked). */
    public <T> ValidationReport<T> build(Supplier<T> read) {
      return new ValidationReport<>(items, clean, clean ? read.get() : null);
    }

    /** The report of a reading that gave nothing. */
    public <T> ValidationReport<T> buildRejected() {
      rejectSilently();
      return new ValidationReport<>(items, false, null);
    }
  }
}
