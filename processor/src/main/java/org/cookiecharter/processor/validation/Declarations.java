package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.VisibleTypes;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaredNames;
import org.cookiecharter.processor.model.DeclaringClass;
import org.cookiecharter.processor.validation.DeclarationReader.Declared;

/**
 * The declarations of the charter: the compilation's own, gathered round after round, then those of
 * the classes on its class path. A name is declared once; a second declaration is a {@link
 * Message#DUPLICATE_COOKIE} error that names the first. Within a round the second is the second in
 * charter order; a later round's comes after every earlier round's; a declaration on the class path
 * comes after the compilation's own, so that the error is on the one in source.
 */
public final class Declarations {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Map<String, Declared> byName = new HashMap<>();
  private final DeclaredNames names = new DeclaredNames();

  /** The classes of the compilation's sources that declare cookies, for the index and outputs. */
  private final Set<TypeElement> declaringTypes = new LinkedHashSet<>();

  /** The top-level classes compiled from source: their declarations are not read from the index. */
  private final Set<String> sourceTypes = new HashSet<>();

  public Declarations(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Notes a round's root elements: the classes this compilation compiles from source. */
  public void compiledFromSource(Set<? extends Element> roots) {
    for (Element root : roots) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Adds a round's declarations, in charter order; reports each name declared before. */
  public void add(List<Declared> round) {
    for (Declared declared : round) {
      Declared first = byName.putIfAbsent(declared.declaration().name(), declared);
      if (first != null) {
        reportDuplicate(declared, first);
      } else {
        names.add(declared.declaration());
        declaringTypes.add((TypeElement) declared.element().getEnclosingElement());
      }
    }
  }

  /**
   * Adds the declarations of classes found on the class path, in charter order, once the rounds are
   * over. The caller passes only classes not compiled from source ({@link #isCompiledFromSource}):
   * the declarations of those are the source's.
   */
  public void addFromClassPath(List<Declared> classPath) {
    for (Declared declared : classPath) {
      Declared first = byName.putIfAbsent(declared.declaration().name(), declared);
      if (first == null) {
        names.add(declared.declaration());
      } else if (isCompiledFromSource(first.element())) {
        // On the one in source, as this round knows it: an earlier round's element has no position.
        diagnostics.onElement(
            inThisRound(first),
            Message.DUPLICATE_COOKIE,
            first.declaration().name(),
            declared.declaration().location());
      } else {
        diagnostics.onCompilation(
            Message.DUPLICATE_COOKIE_ON_CLASS_PATH,
            declared.declaration().name(),
            first.declaration().location(),
            declared.declaration().location());
      }
    }
  }

  /** Whether {@code type}'s declarations are read from source in this compilation. */
  public boolean isCompiledFromSource(TypeElement type) {
    return sourceTypes.contains(outermost(type).getQualifiedName().toString());
  }

  /** How many cookies the compilation's own sources declare. */
  public int declaredInSource() {
    int count = 0;
    for (Declared declared : byName.values()) {
      count += isCompiledFromSource(declared.element()) ? 1 : 0;
    }
    return count;
  }

  /** The declared names, for the call check; complete once the rounds are over. */
  public DeclaredNames names() {
    return names;
  }

  /** The classes of the compilation's sources that declare the cookies so far. */
  public List<TypeElement> declaringTypes() {
    return new ArrayList<>(declaringTypes);
  }

  /**
   * The classes of the compilation's sources that declare cookies, each with the fields of its
   * declarations in source order, as the index records them.
   */
  public List<DeclaringClass> declaringClasses() {
    Map<TypeElement, List<CookieDeclaration>> byClass = new LinkedHashMap<>();
    declaringTypes.forEach(type -> byClass.put(type, new ArrayList<>()));
    for (Declared declared : byName.values()) {
      List<CookieDeclaration> fields = byClass.get(declared.element().getEnclosingElement());
      if (fields != null) {
        fields.add(declared.declaration());
      }
    }
    List<DeclaringClass> classes = new ArrayList<>();
    byClass.forEach(
        (type, fields) ->
            classes.add(
                new DeclaringClass(
                    type,
                    fields.stream()
                        .sorted(Comparator.comparingInt(CookieDeclaration::position))
                        .map(CookieDeclaration::field)
                        .toList())));
    return classes;
  }

  /**
   * The charter of {@code platform}: every declaration, in charter order.
   *
   * @param purposeEdition {@code @CookieCharter(purposeEdition)}
   */
  public Charter charter(String platform, int purposeEdition) {
    List<CookieDeclaration> cookies = new ArrayList<>(byName.size());
    byName.values().forEach(declared -> cookies.add(declared.declaration()));
    return new Charter(platform, purposeEdition, cookies);
  }

  /** The field of {@code declared} as the current round's elements know it. */
  private Element inThisRound(Declared declared) {
    TypeElement type =
        VisibleTypes.from(elements, declared.element())
            .type(declared.declaration().declaringType());
    if (type != null) {
      for (Element member : type.getEnclosedElements()) {
        if (member.getSimpleName().contentEquals(declared.declaration().field())) {
          return member;
        }
      }
    }
    return declared.element();
  }

  private void reportDuplicate(Declared second, Declared first) {
    diagnostics.onElement(
        second.element(),
        Message.DUPLICATE_COOKIE,
        second.declaration().name(),
        first.declaration().location());
  }

  private boolean isCompiledFromSource(Element field) {
    return isCompiledFromSource(Owners.of(field));
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement outer = type;
    while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
      outer = enclosing;
    }
    return outer;
  }
}
