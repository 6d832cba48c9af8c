package org.cookiecharter.spring;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what the embedded server logs as errors (logback-test.xml), where the tests can read it and
 * the build's output stays quiet.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> {
  private static final List<String> MESSAGES = new ArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    synchronized (MESSAGES) {
      MESSAGES.add(event.getFormattedMessage());
      for (IThrowableProxy cause = event.getThrowableProxy();
          cause != null;
          cause = cause.getCause()) {
        MESSAGES.add(cause.getMessage());
      }
    }
  }

  /** Each message logged so far, then each message of its causes. */
  static List<String> messages() {
    synchronized (MESSAGES) {
      return List.copyOf(MESSAGES);
    }
  }
}
