package org.cookiecharter.processor.calls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.VisibleTypes;
import org.cookiecharter.processor.diagnostic.Message;

/**
 * The sinks, framework cookies and client-side calls whose classes a module's code can see, with
 * their types resolved once; the sinks and framework triggers indexed by the simple name a call
 * shows, so that the scanner resolves only the calls that may set a cookie.
 */
final class ResolvedSinks {
  private final VisibleTypes visible;
  private final Types types;

  /**
   * Keys are javac's names, not strings: the scanner asks for the name of every call of the code,
   * and a name is compared without making a string of it.
   */
  private final Map<Name, List<Resolved<Sink>>> bySimpleName = new HashMap<>();

  private final List<Resolved<Sink>> constructors = new ArrayList<>();
  private final List<Resolved<CallMatcher>> clientSide = new ArrayList<>();
  private final List<Resolved<CallMatcher>> writesItself = new ArrayList<>();
  private final List<TypeElement> cookieTypes = new ArrayList<>();
  private final Map<Name, List<Resolved<FrameworkCookie>>> frameworkBySimpleName = new HashMap<>();
  private final Name superName;
  private final Name thisName;
  private final Elements elements;
  private final List<Resolved<FrameworkCookie>> frameworkConstructors = new ArrayList<>();
  private final Map<Name, List<Resolved<MaxAgeSetter>>> maxAgeBySimpleName = new HashMap<>();

  /**
   * What a matcher stands for, and its resolved types.
   *
   * @param parameters the parameters' types; null where any type is accepted
   */
  private record Resolved<T>(
      T entry, CallMatcher matcher, TypeElement type, List<TypeMirror> parameters) {}

  ResolvedSinks(
      List<Sink> sinks,
      List<FrameworkCookie> frameworkCookies,
      List<CallMatcher> clientSideCalls,
      List<MaxAgeSetter> maxAgeSetters,
      List<CallMatcher> selfWriting,
      List<String> cookieClasses,
      VisibleTypes visible,
      Elements elements,
      Types types) {
    this.visible = visible;
    this.elements = elements;
    this.superName = elements.getName("super");
    this.thisName = elements.getName("this");
    this.types = types;
    for (Sink sink : sinks) {
      resolve(sink, sink.matcher()).ifPresent(r -> index(r, bySimpleName, constructors));
    }
    for (FrameworkCookie cookie : frameworkCookies) {
      resolve(cookie, cookie.trigger())
          .ifPresent(r -> index(r, frameworkBySimpleName, frameworkConstructors));
    }
    for (MaxAgeSetter setter : maxAgeSetters) {
      resolve(setter, setter.matcher())
          .ifPresent(r -> index(r, maxAgeBySimpleName, new ArrayList<>()));
    }
    for (CallMatcher call : clientSideCalls) {
      resolve(call, call).ifPresent(clientSide::add);
    }
    for (CallMatcher call : selfWriting) {
      resolve(call, call).ifPresent(writesItself::add);
    }
    for (String name : cookieClasses) {
      TypeElement type = visible.type(name);
      if (type != null) {
        cookieTypes.add(type);
      }
    }
  }

  /**
   * Whether a call that shows this simple name ({@code from}, {@code Cookie}, or {@code super} and
   * {@code this} for a constructor's explicit call) may be a sink's.
   */
  boolean mayMatch(Name simpleName) {
    return !candidates(simpleName).isEmpty() || !frameworkCandidates(simpleName).isEmpty();
  }

  /** The sink that a call of {@code method} is a call of, if any. */
  Optional<Sink> match(Name simpleName, ExecutableElement method) {
    for (Resolved<Sink> candidate : candidates(simpleName)) {
      if (matches(candidate, method)) {
        return Optional.of(candidate.entry());
      }
    }
    return Optional.empty();
  }

  /** The framework cookie that a call of {@code method} makes the framework set, if any. */
  Optional<FrameworkCookie> matchFramework(Name simpleName, ExecutableElement method) {
    for (Resolved<FrameworkCookie> candidate : frameworkCandidates(simpleName)) {
      if (matches(candidate, method)) {
        return Optional.of(candidate.entry());
      }
    }
    return Optional.empty();
  }

  /** The setter of a Max-Age that {@code method} is, if it is one. */
  Optional<MaxAgeSetter> matchMaxAge(ExecutableElement method) {
    Name simpleName =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? Owners.of(method).getSimpleName()
            : method.getSimpleName();
    for (Resolved<MaxAgeSetter> candidate :
        maxAgeBySimpleName.getOrDefault(simpleName, List.of())) {
      if (matches(candidate, method)) {
        return Optional.of(candidate.entry());
      }
    }
    return Optional.empty();
  }

  /** Whether a call of {@code method} sends a cookie object to a server, not to a browser. */
  boolean isClientSide(ExecutableElement method) {
    for (Resolved<CallMatcher> call : clientSide) {
      if (matches(call, method)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code method} is a cookie object's own method that writes it to a response. */
  boolean writesItself(ExecutableElement method) {
    for (Resolved<CallMatcher> call : writesItself) {
      if (matches(call, method)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code type} is one of the cookie classes ({@link BuiltInSinks#COOKIE_TYPES}) or
   * extends one.
   */
  boolean isCookieClass(TypeElement type) {
    for (TypeElement cookie : cookieTypes) {
      if (types.isSubtype(types.erasure(type.asType()), types.erasure(cookie.asType()))) {
        return true;
      }
    }
    return false;
  }

  private List<Resolved<Sink>> candidates(Name simpleName) {
    return isExplicitConstructorCall(simpleName)
        ? constructors
        : bySimpleName.getOrDefault(simpleName, List.of());
  }

  private List<Resolved<FrameworkCookie>> frameworkCandidates(Name simpleName) {
    return isExplicitConstructorCall(simpleName)
        ? frameworkConstructors
        : frameworkBySimpleName.getOrDefault(simpleName, List.of());
  }

  /** {@code this(..)}: a constructor's call of another constructor of its class. */
  boolean isThisCall(Name simpleName) {
    return thisName.equals(simpleName);
  }

  /** {@code super(..)} or {@code this(..)}: a constructor's call of another constructor. */
  boolean isExplicitConstructorCall(Name simpleName) {
    return superName.equals(simpleName) || thisName.equals(simpleName);
  }

  /** Indexes a resolved entry by the simple name its calls show; null: not on the class path. */
  private <T> void index(
      Resolved<T> resolved,
      Map<Name, List<Resolved<T>>> bySimpleName,
      List<Resolved<T>> constructors) {
    bySimpleName
        .computeIfAbsent(
            elements.getName(resolved.matcher().simpleName()), name -> new ArrayList<>())
        .add(resolved);
    if (resolved.matcher().kind() == CallMatcher.Kind.CONSTRUCTOR) {
      constructors.add(resolved);
    }
  }

  /** The matcher with its types resolved; empty if its class is not on the class path. */
  private <T> Optional<Resolved<T>> resolve(T entry, CallMatcher call) {
    TypeElement type = visible.type(call.type());
    if (type == null) {
      return Optional.empty(); // no code of this compilation can call it
    }
    List<TypeMirror> parameters = new ArrayList<>();
    for (String parameter : call.parameters()) {
      parameters.add(parameter.equals(CallMatcher.ANY) ? null : resolveType(parameter));
    }
    return Optional.of(new Resolved<>(entry, call, type, parameters));
  }

  private boolean matches(Resolved<?> candidate, ExecutableElement method) {
    if (!parameterCountMatches(candidate, method.getParameters())) {
      return false; // the cheapest test first: add(x) is rarely a header's add(name, value)
    }
    CallMatcher call = candidate.matcher();
    TypeElement owner = Owners.of(method);
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    boolean kindAndOwner =
        switch (call.kind()) {
          case CONSTRUCTOR ->
              method.getKind() == ElementKind.CONSTRUCTOR && owner.equals(candidate.type());
          case STATIC_METHOD ->
              method.getKind() == ElementKind.METHOD
                  && isStatic
                  && owner.equals(candidate.type())
                  && method.getSimpleName().contentEquals(call.name());
          case INSTANCE_METHOD ->
              method.getKind() == ElementKind.METHOD
                  && !isStatic
                  && method.getSimpleName().contentEquals(call.name())
                  && types.isSubtype(
                      types.erasure(owner.asType()), types.erasure(candidate.type().asType()));
        };
    return kindAndOwner && parametersMatch(candidate, method.getParameters());
  }

  private static boolean parameterCountMatches(
      Resolved<?> candidate, List<? extends VariableElement> actual) {
    int expected = candidate.parameters().size();
    return candidate.matcher().moreParameters()
        ? actual.size() >= expected
        : actual.size() == expected;
  }

  private boolean parametersMatch(Resolved<?> candidate, List<? extends VariableElement> actual) {
    List<TypeMirror> expected = candidate.parameters();
    for (int i = 0; i < expected.size(); i++) {
      TypeMirror type = expected.get(i);
      if (type != null && !types.isSameType(types.erasure(actual.get(i).asType()), type)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type a qualified name stands for: a class, or an array of one ({@code java.lang.String[]}).
   */
  private TypeMirror resolveType(String name) {
    if (name.endsWith("[]")) {
      return types.getArrayType(resolveType(name.substring(0, name.length() - 2)));
    }
    for (TypeKind kind : TypeKind.values()) {
      if (kind.isPrimitive() && kind.name().equalsIgnoreCase(name)) {
        return types.getPrimitiveType(kind);
      }
    }
    TypeElement type = visible.type(name);
    if (type == null) {
      throw new IllegalStateException(Message.Fragment.UNRESOLVED_PARAMETER_TYPE.format(name));
    }
    return types.erasure(type.asType());
  }
}
