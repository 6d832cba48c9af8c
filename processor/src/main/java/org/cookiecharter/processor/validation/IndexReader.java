package org.cookiecharter.processor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;
import org.cookiecharter.processor.model.DeclarationIndex;
import org.cookiecharter.processor.model.DeclaringClass;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link DeclarationIndex} entries on the class path: the classes that declare cookies,
 * of libraries and, for a compilation of some files alone, of this module's earlier build; and the
 * charter's site that this module's earlier build recorded.
 */
public final class IndexReader {
  private final Elements elements;

  public IndexReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * The declaring classes that the index entries name, by qualified name, with the order of their
   * declarations that the entries record.
   */
  public List<DeclaringClass> declaringClasses() {
    Map<TypeElement, List<String>> types = new LinkedHashMap<>();
    for (Entry entry : entries()) {
      if (DeclarationIndex.isEntry(entry.type().getSimpleName().toString())) {
        String name = constant(entry.type(), DeclarationIndex.DECLARING_CLASS);
        TypeElement type =
            name == null
                ? null
                : entry.module() == null
                    ? elements.getTypeElement(name)
                    : elements.getTypeElement(entry.module(), name);
        if (type != null) { // else a stale entry: the class is gone
          String fields = constant(entry.type(), DeclarationIndex.DECLARED_FIELDS);
          types.putIfAbsent(
              type,
              fields == null || fields.isEmpty()
                  ? List.of()
                  : List.of(fields.split(DeclarationIndex.FIELD_SEPARATOR)));
        }
      }
    }
    List<DeclaringClass> sorted = new ArrayList<>();
    types.forEach((type, fields) -> sorted.add(new DeclaringClass(type, fields)));
    sorted.sort(Comparator.comparing(declaring -> declaring.type().getQualifiedName().toString()));
    return sorted;
  }

  /**
   * The packages and types with {@code @CookieCharter} that site entries in this compilation's own
   * class output name: the site of this module's earlier build. A library's site entry, in a jar,
   * is not this compilation's site.
   */
  public Set<Element> sitesInClassOutput(Filer filer) {
    Set<Element> sites = new LinkedHashSet<>();
    for (Entry entry : entries()) {
      String simpleName = entry.type().getSimpleName().toString();
      if (!DeclarationIndex.isSiteEntry(simpleName)
          || !inClassOutput(filer, entry.packageName(), simpleName)) {
        continue;
      }
      String packageName = constant(entry.type(), DeclarationIndex.CHARTER_PACKAGE);
      String typeName = constant(entry.type(), DeclarationIndex.CHARTER_TYPE);
      Element site =
          packageName != null
              ? entry.module() == null
                  ? elements.getPackageElement(packageName)
                  : elements.getPackageElement(entry.module(), packageName)
              : typeName == null
                  ? null
                  : entry.module() == null
                      ? elements.getTypeElement(typeName)
                      : elements.getTypeElement(entry.module(), typeName);
      if (site != null) {
        sites.add(site);
      }
    }
    return sites;
  }

  /** A class of an index package, and the module it was found in (null without modules). */
  private record Entry(TypeElement type, @Nullable ModuleElement module, String packageName) {}

  private List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    Set<? extends ModuleElement> modules = elements.getAllModuleElements();
    if (modules.isEmpty()) { // compiling for Java 8: no modules
      addEntries(elements.getPackageElement(DeclarationIndex.PACKAGE), null, entries);
    }
    for (ModuleElement module : modules) {
      if (isJdkModule(module)) {
        continue; // none declares a cookie; skipping them saves a lookup in each
      }
      addEntries(
          elements.getPackageElement(module, DeclarationIndex.packageOf(module)), module, entries);
    }
    return entries;
  }

  private static void addEntries(
      @Nullable PackageElement index, @Nullable ModuleElement module, List<Entry> entries) {
    if (index == null) {
      return;
    }
    for (Element member : index.getEnclosedElements()) {
      if (member instanceof TypeElement type) {
        entries.add(new Entry(type, module, index.getQualifiedName().toString()));
      }
    }
  }

  private static @Nullable String constant(TypeElement entry, String name) {
    for (Element member : entry.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(name)
          && ((VariableElement) member).getConstantValue() instanceof String value) {
        return value;
      }
    }
    return null;
  }

  /** Whether this compilation's class output holds the entry's class file. */
  @SuppressWarnings("try") // opening the file is the test: its stream is not read
  private static boolean inClassOutput(Filer filer, String packageName, String simpleName) {
    try (InputStream in =
        filer
            .getResource(StandardLocation.CLASS_OUTPUT, packageName, simpleName + ".class")
            .openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false; // not there, or a compiler that cannot read it back
    }
  }

  private static boolean isJdkModule(ModuleElement module) {
    String name = module.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("jdk.");
  }
}
