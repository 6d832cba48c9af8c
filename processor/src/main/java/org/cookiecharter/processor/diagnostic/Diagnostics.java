package org.cookiecharter.processor.diagnostic;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints {@link Message}s through javac and remembers whether any was an error. Messages go to the
 * most precise place known: an annotation value, an annotation, an element, or a tree.
 */
public final class Diagnostics {
  private final Messager messager;
  private boolean errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Reports {@code message} with its own kind on the annotation value if given, else the
   * annotation, else the element; all three may be null.
   */
  public void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    report(message, message.kind(), element, annotation, value, args);
  }

  /** As {@link #report(Message, Element, AnnotationMirror, AnnotationValue, Object...)}, as {@code kind}. */
  public void report(
      Message message,
      Diagnostic.Kind kind,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    errors |= kind == Diagnostic.Kind.ERROR;
    messager.printMessage(kind, message.format(args), element, annotation, value);
  }

  /** Reports {@code message} as {@code kind} on a tree of a compilation unit: a call, an argument. */
  public void report(
      Message message,
      Diagnostic.Kind kind,
      Trees trees,
      Tree tree,
      CompilationUnitTree unit,
      Object... args) {
    errors |= kind == Diagnostic.Kind.ERROR;
    trees.printMessage(kind, message.format(args), tree, unit);
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
