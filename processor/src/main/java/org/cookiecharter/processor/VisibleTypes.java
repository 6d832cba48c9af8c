package org.cookiecharter.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The classes that the code of one module can use, by qualified name. {@code
 * Elements.getTypeElement(name)} without a module asks every module of the compilation, seventy of
 * the JDK's among them, and enters a symbol in each; asking the code's own module is one lookup.
 */
public final class VisibleTypes {
  private final Elements elements;

  /** The module of the code; null when compiling without modules (for Java 8). */
  private final ModuleElement module;

  private VisibleTypes(Elements elements, ModuleElement module) {
    this.elements = elements;
    this.module = module;
  }

  /** The classes that the code of {@code element}'s module can use. */
  public static VisibleTypes from(Elements elements, Element element) {
    return new VisibleTypes(elements, elements.getModuleOf(element));
  }

  /** The module these classes are seen from; null without modules. */
  public ModuleElement module() {
    return module;
  }

  /** The class named {@code qualifiedName}, or null if this code cannot see one. */
  public TypeElement type(String qualifiedName) {
    return module == null
        ? elements.getTypeElement(qualifiedName)
        : elements.getTypeElement(module, qualifiedName);
  }
}
