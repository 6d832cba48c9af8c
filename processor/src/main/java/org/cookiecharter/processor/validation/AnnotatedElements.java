package org.cookiecharter.processor.validation;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.cookiecharter.CookieCatalog;
import org.cookiecharter.CookieCharter;
import org.cookiecharter.DeclaredCookie;

/**
 * A round's elements that carry each of cookie-charter's annotations, found in one pass over the
 * round: each query of the round environment walks every element of every class.
 *
 * @param declarations the {@code @DeclaredCookie} elements
 * @param charters the {@code @CookieCharter} elements
 * @param catalogs the {@code @CookieCatalog} elements
 */
public record AnnotatedElements(
    Set<Element> declarations, Set<Element> charters, Set<Element> catalogs) {
  public static final String DECLARED_COOKIE = DeclaredCookie.class.getCanonicalName();
  public static final String COOKIE_CHARTER = CookieCharter.class.getCanonicalName();
  public static final String COOKIE_CATALOG = CookieCatalog.class.getCanonicalName();
  private static final Set<String> OURS = Set.of(DECLARED_COOKIE, COOKIE_CHARTER, COOKIE_CATALOG);

  /** Whether {@code element} carries {@code @DeclaredCookie}, from source or a class file. */
  public static boolean isDeclaredCookie(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(DECLARED_COOKIE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The round's annotated elements, each set in the order javac lists them.
   *
   * @param present the annotation types that javac found in the round ({@code process}'s first
   *     argument): the round is walked only if one of cookie-charter's is among them
   */
  public static AnnotatedElements of(RoundEnvironment round, Set<? extends TypeElement> present) {
    AnnotatedElements found =
        new AnnotatedElements(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    Set<TypeElement> types = new LinkedHashSet<>();
    for (TypeElement type : present) {
      if (OURS.contains(type.getQualifiedName().toString())) {
        types.add(type);
      }
    }
    if (types.isEmpty()) {
      return found;
    }
    for (Element element : round.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]))) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String type =
            ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        if (type.equals(DECLARED_COOKIE)) {
          found.declarations.add(element);
        } else if (type.equals(COOKIE_CHARTER)) {
          found.charters.add(element);
        } else if (type.equals(COOKIE_CATALOG)) {
          found.catalogs.add(element);
        }
      }
    }
    return found;
  }
}
