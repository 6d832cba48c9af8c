package org.cookiecharter.processor.sites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The sinks whose types this compilation can see, indexed by the simple name a call shows, so that
 * the scanner resolves only the calls that may set a cookie.
 */
final class ResolvedSinks {
  private final Types types;
  private final TypeMirror string;
  private final Map<String, List<Resolved>> bySimpleName = new HashMap<>();
  private final List<Resolved> constructors = new ArrayList<>();

  private record Resolved(Sink sink, TypeElement type) {}

  ResolvedSinks(List<Sink> sinks, Elements elements, Types types) {
    this.types = types;
    this.string = elements.getTypeElement("java.lang.String").asType();
    for (Sink sink : sinks) {
      TypeElement type = elements.getTypeElement(sink.type());
      if (type != null) { // else no code of this compilation can call it
        Resolved resolved = new Resolved(sink, type);
        bySimpleName.computeIfAbsent(sink.simpleName(), name -> new ArrayList<>()).add(resolved);
        if (sink.isConstructor()) {
          constructors.add(resolved);
        }
      }
    }
  }

  /**
   * Whether a call that shows this simple name ({@code from}, {@code Cookie}, or {@code super} and
   * {@code this} for a constructor's explicit call) may be a site.
   */
  boolean mayMatch(String simpleName) {
    return !candidates(simpleName).isEmpty();
  }

  /** The sink that {@code method}, called with {@code arguments} arguments, is; null if none. */
  Sink match(String simpleName, ExecutableElement method, int arguments) {
    for (Resolved candidate : candidates(simpleName)) {
      if (matches(candidate, method, arguments)) {
        return candidate.sink();
      }
    }
    return null;
  }

  private List<Resolved> candidates(String simpleName) {
    boolean explicitConstructorCall = simpleName.equals("super") || simpleName.equals("this");
    return explicitConstructorCall ? constructors : bySimpleName.getOrDefault(simpleName, List.of());
  }

  private boolean matches(Resolved candidate, ExecutableElement method, int arguments) {
    Sink sink = candidate.sink();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (sink.isConstructor()) {
      if (method.getKind() != ElementKind.CONSTRUCTOR || !owner.equals(candidate.type())) {
        return false;
      }
    } else {
      boolean sameType = owner.equals(candidate.type());
      boolean inherited =
          !method.getModifiers().contains(Modifier.STATIC)
              && types.isSubtype(types.erasure(owner.asType()), types.erasure(candidate.type().asType()));
      if (!method.getSimpleName().contentEquals(sink.method()) || !(sameType || inherited)) {
        return false;
      }
    }
    if (arguments < sink.minArguments()) {
      return false;
    }
    var parameters = method.getParameters();
    if (sink.index() >= parameters.size() || !isString(parameters.get(sink.index()).asType())) {
      return false;
    }
    return sink.kind() == Sink.Kind.COOKIE_NAME
        || (sink.index() + 1 < parameters.size()
            && isStringOrStrings(parameters.get(sink.index() + 1).asType()));
  }

  private boolean isString(TypeMirror type) {
    return types.isSameType(type, string);
  }

  private boolean isStringOrStrings(TypeMirror type) {
    return isString(type)
        || (type.getKind() == TypeKind.ARRAY && isString(((ArrayType) type).getComponentType()));
  }
}
