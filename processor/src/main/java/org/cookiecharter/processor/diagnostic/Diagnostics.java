package org.cookiecharter.processor.diagnostic;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Prints {@link Message}s through javac, one method per position, at the severity the options give
 * each message, and remembers whether any was an error.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Map<Message, Severity> severities = new EnumMap<>(Message.class);
  private boolean errors;

  /**
   * @param severities the severity of the messages whose severity an option sets; the others have
   *     their default
   */
  public Diagnostics(Messager messager, Map<Message, Severity> severities) {
    this.messager = messager;
    for (Message message : Message.values()) {
      this.severities.put(message, severities.getOrDefault(message, message.defaultSeverity()));
    }
  }

  /** Whether {@code message} is reported at all: work that only serves it may be skipped. */
  public boolean isOn(Message message) {
    return severities.getOrDefault(message, message.defaultSeverity()) != Severity.OFF;
  }

  /** Reports on an element: a field, a class, a package. */
  public void onElement(Element element, Message message, Object... args) {
    print(message, kind -> messager.printMessage(kind, message.format(args), element));
  }

  /** Reports on an annotation of {@code element}. */
  public void onAnnotation(
      Element element, AnnotationMirror annotation, Message message, Object... args) {
    print(message, kind -> messager.printMessage(kind, message.format(args), element, annotation));
  }

  /** Reports on one value of an annotation of {@code element}. */
  public void onAnnotationValue(
      Element element,
      AnnotationMirror annotation,
      @Nullable AnnotationValue value,
      Message message,
      Object... args) {
    print(
        message,
        kind -> messager.printMessage(kind, message.format(args), element, annotation, value));
  }

  /** Reports at a position of a declaration: an element, an annotation, or its value. */
  public void at(Position position, Message message, Object... args) {
    AnnotationMirror annotation = position.annotation();
    if (annotation == null) {
      onElement(position.element(), message, args);
    } else if (position.value() == null) {
      onAnnotation(position.element(), annotation, message, args);
    } else {
      onAnnotationValue(position.element(), annotation, position.value(), message, args);
    }
  }

  /** Reports on a tree of a compilation unit: a call's argument. */
  public void onTree(Trees trees, TreePath path, Message message, Object... args) {
    print(
        message,
        kind ->
            trees.printMessage(
                kind, message.format(args), path.getLeaf(), path.getCompilationUnit()));
  }

  /** Reports on no element: about the compilation as a whole. */
  public void onCompilation(Message message, Object... args) {
    print(message, kind -> messager.printMessage(kind, message.format(args)));
  }

  /**
   * Reports a failure of the processor itself: one error that carries the stack trace; or, where a
   * class of cookie-charter's own is missing, the processor path to fix.
   */
  public void internalError(Throwable failure) {
    errors = true;
    internalError(messager, failure);
  }

  /** As {@link #internalError(Throwable)}, where no {@code Diagnostics} could be made. */
  public static void internalError(Messager messager, Throwable failure) {
    Optional<String> missing = missingOwnClass(failure);
    if (missing.isPresent()) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, // whatever the options say
          Message.INCOMPLETE_PROCESSOR_PATH.format(missing.get(), processorLocation()));
      return;
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    messager.printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(trace));
  }

  /**
   * The class of cookie-charter's own (its annotations module, JMustache, relocated in its jar or
   * not in a folder of its classes) that the processor path lacks, if that is the failure: a broken
   * path, not a bug. A missing class of anyone else's (the JDK's compiler API under another
   * compiler) stays an internal error.
   */
  private static Optional<String> missingOwnClass(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if ((cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException)
          && cause.getMessage() != null) {
        String name = cause.getMessage().replace('/', '.');
        if (name.startsWith("org.cookiecharter.") || name.startsWith("com.samskivert.mustache.")) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** Where the processor's own classes come from: a jar, or a folder. */
  private static String processorLocation() {
    try {
      CodeSource source = Diagnostics.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        return Path.of(source.getLocation().toURI()).toString();
      }
    } catch (RuntimeException | URISyntaxException e) {
      // a location that is no file: say so below
    }
    return "a location the JVM does not tell";
  }

  /** Whether an error was reported: the charter is then not written. */
  public boolean hasErrors() {
    return errors;
  }

  private interface Printer {
    void print(Diagnostic.Kind kind);
  }

  private void print(Message message, Printer printer) {
    Severity severity = severities.getOrDefault(message, message.defaultSeverity());
    Diagnostic.Kind kind = severity.kind();
    if (kind != null) { // else the message is off
      errors |= severity == Severity.ERROR;
      printer.print(kind);
    }
  }
}
