package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;

/** Checks {@code @CookieCatalog} classes: each of their String constants declares its cookie. */
public final class CatalogChecker {
  private final Diagnostics diagnostics;

  public CatalogChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports each String constant of the catalogs that has no {@code @DeclaredCookie}. */
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
            && !AnnotatedElements.isDeclaredCookie(member)) {
          diagnostics.onElement(
              member,
              Message.UNDECLARED_CONSTANT,
              catalog.getQualifiedName() + "." + member.getSimpleName(),
              catalog.getQualifiedName(),
              name);
        }
      }
    }
  }
}
