package org.cookiecharter.processor.validation;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

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

  /** The value of the element called {@code name}, defaults included; empty if javac has none. */
  Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The value only if it is a string: a value that does not compile is javac's to report, not
   * ours.
   */
  Optional<String> string(AnnotationValue value) {
    return value.getValue() instanceof String string ? Optional.of(string) : Optional.empty();
  }
}
