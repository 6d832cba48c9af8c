package org.cookiecharter.processor.calls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Finds javac's own processing environment behind the wrappers that build tools put around it
 * (Gradle's incremental processing, IDE proxies): the call check needs javac's trees, and {@code
 * JavacTask.instance} accepts only javac's environment.
 */
final class JavacEnvironments {
  private static final String JAVAC_ENVIRONMENT =
      "com.sun.tools.javac.processing.JavacProcessingEnvironment";
  private static final int MAX_WRAPPERS = 8;

  private JavacEnvironments() {}

  /** javac's environment, if {@code environment} is one or wraps one. */
  static Optional<ProcessingEnvironment> unwrap(ProcessingEnvironment environment) {
    Object current = environment;
    for (int depth = 0; depth < MAX_WRAPPERS && current != null; depth++) {
      if (current.getClass().getName().equals(JAVAC_ENVIRONMENT)) {
        return Optional.of((ProcessingEnvironment) current);
      }
      current = wrapped(current);
    }
    return Optional.empty();
  }

  /**
   * The processing environment a wrapper holds in one of its fields, or the invocation handler's
   * fields of a proxy; null if none can be read.
   */
  private static @Nullable Object wrapped(Object wrapper) {
    Object holder =
        Proxy.isProxyClass(wrapper.getClass()) ? Proxy.getInvocationHandler(wrapper) : wrapper;
    for (Class<?> type = holder.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(holder);
          if (value instanceof ProcessingEnvironment && value != wrapper) {
            return value;
          }
        } catch (RuntimeException | IllegalAccessException e) {
          // A module that does not open the wrapper's package: try the next field.
        }
      }
    }
    return null;
  }
}
