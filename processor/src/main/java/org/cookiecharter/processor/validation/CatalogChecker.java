package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import org.cookiecharter.DeclaredCookie;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;

/** Checks {@code @CookieCatalog} classes: each of their String constants declares its cookie. */
public final class CatalogChecker {
  private static final String DECLARED_COOKIE = DeclaredCookie.class.getCanonicalName();

  private final Diagnostics diagnostics;
  private final Diagnostic.Kind undeclared;
  private final AnnotationValues annotations;

  /**
   * @param undeclared how to report an undocumented constant ({@code cookiecharter.undeclared})
   */
  public CatalogChecker(
      javax.lang.model.util.Elements elements, Diagnostics diagnostics, Diagnostic.Kind undeclared) {
    this.diagnostics = diagnostics;
    this.undeclared = undeclared;
    this.annotations = new AnnotationValues(elements);
  }

  public void check(Set<? extends Element> catalogs) {
    List<TypeElement> sorted = new ArrayList<>();
    for (Element catalog : catalogs) {
      if (catalog instanceof TypeElement type) {
        sorted.add(type);
      }
    }
    sorted.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
    for (TypeElement catalog : sorted) {
      for (Element member : catalog.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && ((VariableElement) member).getConstantValue() instanceof String name
            && annotations.find(member, DECLARED_COOKIE).isEmpty()) {
          diagnostics.report(
              Message.UNDECLARED_CONSTANT,
              undeclared,
              member,
              null,
              null,
              catalog.getQualifiedName() + "." + member.getSimpleName(),
              catalog.getQualifiedName(),
              name);
        }
      }
    }
  }
}
