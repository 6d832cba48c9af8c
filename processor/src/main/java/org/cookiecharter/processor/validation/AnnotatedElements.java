package org.cookiecharter.processor.validation;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import org.cookiecharter.CookieCatalog;
import org.cookiecharter.CookieCharter;
import org.cookiecharter.CookieText;
import org.cookiecharter.CookieTexts;
import org.cookiecharter.DeclaredCookie;

/**
 * A round's elements that carry each of cookie-charter's annotations, found in one pass over the
 * round's classes, where the annotations' targets allow them.
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
  public static final String COOKIE_TEXT = CookieText.class.getCanonicalName();
  public static final String COOKIE_TEXTS = CookieTexts.class.getCanonicalName();
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
   *     argument): the round is read only if one of cookie-charter's is among them
   */
  public static AnnotatedElements of(RoundEnvironment round, Set<? extends TypeElement> present) {
    AnnotatedElements found =
        new AnnotatedElements(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    boolean ours = false;
    for (TypeElement type : present) {
      ours |= OURS.contains(type.getQualifiedName().toString());
    }
    if (ours) {
      for (Element root : round.getRootElements()) {
        collect(root, found);
      }
    }
    return found;
  }

  /**
   * The annotated elements at and under {@code element}, in source order, looked for only where the
   * annotations' targets allow them: packages, types and fields, nested types included. {@code
   * RoundEnvironment.getElementsAnnotatedWithAny} would visit every element of every class, methods
   * and parameters too, and ask each for its inherited annotations.
   */
  private static void collect(Element element, AnnotatedElements found) {
    sort(element, found);
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind().isField()) {
          sort(member, found);
        } else if (member instanceof TypeElement) {
          collect(member, found);
        }
      }
    }
  }

  private static void sort(Element element, AnnotatedElements found) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Name type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName();
      if (type.contentEquals(DECLARED_COOKIE)) {
        found.declarations.add(element);
      } else if (type.contentEquals(COOKIE_CHARTER)) {
        found.charters.add(element);
      } else if (type.contentEquals(COOKIE_CATALOG)) {
        found.catalogs.add(element);
      }
    }
  }
}
