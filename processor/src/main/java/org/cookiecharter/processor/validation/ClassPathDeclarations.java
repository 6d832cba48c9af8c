package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.cookiecharter.processor.model.DeclarationIndex;

/**
 * Finds the classes on the class path that declare cookies, through the {@link DeclarationIndex}
 * entries that their own compilations wrote: classes of libraries, and for an incremental build,
 * the unchanged classes of this module's earlier build.
 */
public final class ClassPathDeclarations {
  private final Elements elements;

  public ClassPathDeclarations(Elements elements) {
    this.elements = elements;
  }

  /** The declaring classes that the index entries name, by qualified name. */
  public List<TypeElement> declaringTypes() {
    Set<TypeElement> types = new LinkedHashSet<>();
    Set<? extends ModuleElement> modules = elements.getAllModuleElements();
    if (modules.isEmpty()) { // compiling for Java 8: no modules
      addEntries(elements.getPackageElement(DeclarationIndex.PACKAGE), null, types);
    }
    for (ModuleElement module : modules) {
      addEntries(
          elements.getPackageElement(module, DeclarationIndex.packageOf(module)), module, types);
    }
    List<TypeElement> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
    return sorted;
  }

  private void addEntries(PackageElement index, ModuleElement module, Set<TypeElement> types) {
    if (index == null) {
      return;
    }
    for (Element entry : index.getEnclosedElements()) {
      if (entry instanceof TypeElement
          && DeclarationIndex.isEntry(entry.getSimpleName().toString())) {
        String name = declaringClass((TypeElement) entry);
        TypeElement type =
            name == null
                ? null
                : module == null
                    ? elements.getTypeElement(name)
                    : elements.getTypeElement(module, name);
        if (type != null) { // else a stale entry: the class is gone
          types.add(type);
        }
      }
    }
  }

  private static String declaringClass(TypeElement entry) {
    for (Element member : entry.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(DeclarationIndex.DECLARING_CLASS)
          && ((VariableElement) member).getConstantValue() instanceof String name) {
        return name;
      }
    }
    return null;
  }
}
