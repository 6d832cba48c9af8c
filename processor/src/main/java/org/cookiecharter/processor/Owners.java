package org.cookiecharter.processor;

import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The class that declares a member: every stage asks it of fields, methods and constructors. */
public final class Owners {
  private Owners() {}

  /**
   * The element around one that is inside another: a parameter's method or constructor, a member's
   * class, a nested class's outer class.
   */
  public static Element enclosing(Element inside) {
    return Objects.requireNonNull(inside.getEnclosingElement(), "the element around one");
  }

  /** The class, interface, enum or record that declares a field, method or constructor. */
  public static TypeElement of(Element member) {
    return (TypeElement) Objects.requireNonNull(member.getEnclosingElement(), "a member's owner");
  }
}
