package org.cookiecharter.processor.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/** Reads annotations through their mirrors: their classes cannot be loaded during compilation. */
final class AnnotationValues {
  private final Elements elements;

  AnnotationValues(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this type on {@code element}, if present. */
  Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The values of the annotation's elements by name, defaults included; an element javac could not
   * read has none.
   */
  Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    Map<String, AnnotationValue> byName = new HashMap<>();
    elements
        .getElementValuesWithDefaults(mirror)
        .forEach((element, value) -> byName.put(element.getSimpleName().toString(), value));
    return byName;
  }

  /** The value of the element called {@code name}, defaults included; empty if javac has none. */
  Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
    return Optional.ofNullable(values(mirror).get(name));
  }

  /**
   * The value only if it is a string: a value that does not compile is javac's to report, not ours.
   */
  Optional<String> string(@Nullable AnnotationValue value) {
    return value != null && value.getValue() instanceof String string && !isErroneous(value)
        ? Optional.of(string)
        : Optional.empty();
  }

  /** The value only if it is an int: a value that does not compile is javac's to report. */
  Optional<Integer> integer(@Nullable AnnotationValue value) {
    return value != null && value.getValue() instanceof Integer number
        ? Optional.of(number)
        : Optional.empty();
  }

  /**
   * Whether javac could not read the value ({@code duration = UNDEFINED}): it then holds an error
   * attribute whose value is the string {@code <error>}, and javac reports the error itself.
   */
  private static boolean isErroneous(AnnotationValue value) {
    return "<error>".equals(value.getValue())
        && value.getClass().getName().startsWith("com.sun.tools.javac.code.Attribute$");
  }
}
