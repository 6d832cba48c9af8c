package org.cookiecharter.processor.charter;

/**
 * A site's template or prose file that cannot be used: the file, the line (0 if the problem is not
 * on one line) and why, in the words of the template engine or of the prose's rules.
 */
public final class TemplateProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  TemplateProblem(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The file, as the site gave it. */
  public String file() {
    return file;
  }

  /** Its line, from 1; 0 when the problem is the file's as a whole. */
  public int line() {
    return line;
  }

  /** Why it cannot be used. */
  public String reason() {
    return reason;
  }
}
