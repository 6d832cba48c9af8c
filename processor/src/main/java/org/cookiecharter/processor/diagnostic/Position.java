package org.cookiecharter.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where a message about a declaration points: an element, one of its annotations, or one value of
 * that annotation, the most precise that is known.
 */
public record Position(
    Element element, @Nullable AnnotationMirror annotation, @Nullable AnnotationValue value) {

  /** On an element: a field, a class, a package. */
  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  /** On an annotation of {@code element}. */
  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  /**
   * On one value of an annotation of {@code element}; on the annotation where javac has no value
   * (an annotation compiled before the element existed).
   */
  public static Position of(
      Element element, AnnotationMirror annotation, @Nullable AnnotationValue value) {
    return new Position(element, annotation, value);
  }
}
