package org.cookiecharter.processor.diagnostic;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints {@link Message}s through javac's {@link Messager} and remembers whether any was an error. */
public final class Diagnostics {
  private final Messager messager;
  private boolean errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Reports {@code message} on the most precise place known: the annotation value if given, else
   * the annotation, else the element.
   */
  public void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    errors |= message.kind() == Diagnostic.Kind.ERROR;
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  /** Reports a failure of the processor itself: one error that carries the stack trace. */
  public void internalError(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    errors = true;
    messager.printMessage(Message.INTERNAL_ERROR.kind(), Message.INTERNAL_ERROR.format(trace));
  }

  /** Whether an error was reported: the charter is then not written. */
  public boolean hasErrors() {
    return errors;
  }
}
