package org.cookiecharter.processor.charter;

import java.util.OptionalInt;

/**
 * A site's template or prose file that cannot be used: the file, the line if the problem is on one,
 * and why, in the words of the template engine or of the prose's rules ({@code Message.Fragment}).
 */
public final class TemplateProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final OptionalInt line;
  private final String reason;

  private TemplateProblem(String file, OptionalInt line, String reason) {
    super(file + (line.isPresent() ? ":" + line.getAsInt() : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** A problem of the file as a whole. */
  static TemplateProblem inFile(String file, String reason) {
    return new TemplateProblem(file, OptionalInt.empty(), reason);
  }

  /** A problem on a line, from 1; of the file as a whole where the line is not known (0). */
  static TemplateProblem atLine(String file, int line, String reason) {
    return new TemplateProblem(file, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), reason);
  }

  /** The file, as the site gave it. */
  public String file() {
    return file;
  }

  /** Its line, from 1; empty when the problem is the file's as a whole. */
  public OptionalInt line() {
    return line;
  }

  /** Why it cannot be used. */
  public String reason() {
    return reason;
  }
}
