package org.cookiecharter.processor.diagnostic;

import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/** How loud a {@link Message} is: each has a default, and options may change some. */
public enum Severity {
  /** Fails the build. */
  ERROR(Diagnostic.Kind.ERROR),
  WARNING(Diagnostic.Kind.WARNING),
  NOTE(Diagnostic.Kind.NOTE),
  /** Not reported at all. */
  OFF(null);

  private final Diagnostic.@Nullable Kind kind;

  Severity(Diagnostic.@Nullable Kind kind) {
    this.kind = kind;
  }

  /** javac's kind for it; null for {@link #OFF}. */
  Diagnostic.@Nullable Kind kind() {
    return kind;
  }
}
