package org.cookiecharter.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the guard logs through System.Logger, which writes to java.util.logging here: kept for the
 * test to assert, and not printed, so that the build's output shows only real problems.
 */
final class LogRecords extends Handler implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final boolean printed;
  private final List<String> lines = new ArrayList<>();

  private LogRecords(Logger logger) {
    this.logger = logger;
    this.previous = logger.getLevel();
    this.printed = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(this);
  }

  static LogRecords of(Class<?> logging) {
    return new LogRecords(Logger.getLogger(logging.getName()));
  }

  /** Each line as "LEVEL message". */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    lines.add(record.getLevel() + " " + record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
    logger.setUseParentHandlers(printed);
  }
}
