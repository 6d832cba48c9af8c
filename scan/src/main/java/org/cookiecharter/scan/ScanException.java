package org.cookiecharter.scan;

/**
 * The scan could not run: no browser, bad arguments or declarations, a start page that cannot be
 * reached. Its message is one line that says why and what to do.
 */
public final class ScanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScanException(String message) {
    super(message);
  }

  public ScanException(String message, Throwable cause) {
    super(message, cause);
  }
}
