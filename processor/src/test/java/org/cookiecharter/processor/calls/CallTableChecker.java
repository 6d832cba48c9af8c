package org.cookiecharter.processor.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Resolves the entries of a call table against a class path as {@link ResolvedSinks} matches calls:
 * the type by its canonical name; a static method declared in the type itself; an instance method
 * declared in the type or inherited by it; a constructor of the type itself; parameters compared
 * after erasure, {@code *} any, and only the first ones when the entry takes more. A method or
 * constructor counts if application code can call it: public or protected.
 */
final class CallTableChecker {
  private final CallTableJars.ClassPath classPath;

  CallTableChecker(CallTableJars.ClassPath classPath) {
    this.classPath = classPath;
  }

  /** One line per entry that does not resolve: the entry, then why. */
  List<String> problems(List<CallMatcher> calls) {
    List<String> problems = new ArrayList<>();
    for (CallMatcher call : calls) {
      String problem = problem(call);
      if (problem != null) {
        problems.add(describe(call) + ": " + problem);
      }
    }
    return problems;
  }

  /** Why this entry does not resolve; null if it does. */
  String problem(CallMatcher call) {
    return resolve(call).problem();
  }

  /**
   * The overloads that an instance entry matches but that its type only inherits, as {@code
   * Declarer.name(..)}. A call on the type resolves to the supertype's method, and {@link
   * ResolvedSinks} matches methods of the entry's type and of its subtypes only: so it misses such
   * calls. Empty for other entries, and for entries that do not resolve.
   */
  List<String> inheritedOnly(CallMatcher call) {
    Resolution resolution = resolve(call);
    return resolution.matches().stream()
        .filter(method -> !method.getEnclosingElement().equals(resolution.type()))
        .map(
            method ->
                ((TypeElement) method.getEnclosingElement()).getQualifiedName()
                    + "."
                    + signature(method))
        .sorted()
        .toList();
  }

  /**
   * What an entry resolves to.
   *
   * @param type its type; null if missing
   * @param matches the methods or constructors it matches
   * @param problem why it matches none; null if it matches one
   */
  private record Resolution(TypeElement type, List<ExecutableElement> matches, String problem) {
    static Resolution failed(String problem) {
      return new Resolution(null, List.of(), problem);
    }
  }

  private Resolution resolve(CallMatcher call) {
    TypeElement type = classPath.type(call.type());
    if (type == null) {
      return Resolution.failed("type missing");
    }
    List<TypeMirror> expected = new ArrayList<>();
    for (String parameter : call.parameters()) {
      TypeMirror resolved = parameter.equals(CallMatcher.ANY) ? null : resolveType(parameter);
      if (resolved == null && !parameter.equals(CallMatcher.ANY)) {
        return Resolution.failed("parameter type " + parameter + " missing");
      }
      expected.add(resolved);
    }
    List<ExecutableElement> candidates = candidates(call, type);
    if (candidates.isEmpty()) {
      return Resolution.failed(
          switch (call.kind()) {
            case CONSTRUCTOR -> "no public or protected constructor";
            case STATIC_METHOD ->
                "no public or protected static method " + call.name() + " declared in the type";
            case INSTANCE_METHOD ->
                "no public or protected instance method " + call.name() + " in the type";
          });
    }
    List<ExecutableElement> matches =
        candidates.stream()
            .filter(candidate -> parametersMatch(call, expected, candidate.getParameters()))
            .toList();
    if (matches.isEmpty()) {
      return Resolution.failed(
          "parameter types differ: the type has "
              + candidates.stream()
                  .map(this::signature)
                  .collect(Collectors.toCollection(TreeSet::new))
                  .stream()
                  .collect(Collectors.joining(", ")));
    }
    return new Resolution(type, matches, null);
  }

  /**
   * The methods or constructors that the entry's kind and name allow, callable by application code.
   */
  private List<ExecutableElement> candidates(CallMatcher call, TypeElement type) {
    List<ExecutableElement> candidates =
        switch (call.kind()) {
          case CONSTRUCTOR -> ElementFilter.constructorsIn(type.getEnclosedElements());
          case STATIC_METHOD ->
              ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                  .filter(method -> method.getModifiers().contains(Modifier.STATIC))
                  .toList();
          case INSTANCE_METHOD ->
              ElementFilter.methodsIn(classPath.elements.getAllMembers(type)).stream()
                  .filter(method -> !method.getModifiers().contains(Modifier.STATIC))
                  .toList();
        };
    return candidates.stream()
        .filter(
            method ->
                call.kind() == CallMatcher.Kind.CONSTRUCTOR
                    || method.getSimpleName().contentEquals(call.name()))
        .filter(CallTableChecker::callable)
        .toList();
  }

  /** Public or protected: javac's model shows an interface's methods as public. */
  private static boolean callable(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED);
  }

  private boolean parametersMatch(
      CallMatcher call, List<TypeMirror> expected, List<? extends VariableElement> actual) {
    if (call.moreParameters()
        ? actual.size() < expected.size()
        : actual.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      TypeMirror type = expected.get(i);
      if (type != null
          && !classPath.types.isSameType(classPath.types.erasure(actual.get(i).asType()), type)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type a table's name stands for, as {@link ResolvedSinks} reads it: a primitive, a class, or
   * an array of one; null if the class path has no such class.
   */
  private TypeMirror resolveType(String name) {
    if (name.endsWith("[]")) {
      TypeMirror component = resolveType(name.substring(0, name.length() - 2));
      return component == null ? null : classPath.types.getArrayType(component);
    }
    for (TypeKind kind : TypeKind.values()) {
      if (kind.isPrimitive() && kind.name().equalsIgnoreCase(name)) {
        return classPath.types.getPrimitiveType(kind);
      }
    }
    TypeElement type = classPath.type(name);
    return type == null ? null : classPath.types.erasure(type.asType());
  }

  /** {@code name(java.lang.String, int)}, erased. */
  private String signature(ExecutableElement method) {
    String name =
        method.getSimpleName().contentEquals("<init>")
            ? method.getEnclosingElement().getSimpleName().toString()
            : method.getSimpleName().toString();
    return name
        + method.getParameters().stream()
            .map(parameter -> classPath.types.erasure(parameter.asType()).toString())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * How failures name an entry, as Java reads: {@code new jakarta.servlet.http.Cookie(..)}, {@code
   * static org.springframework.http.ResponseCookie.from(..)}, {@code
   * jakarta.servlet.http.HttpServletResponse.addHeader(..)}; {@code ...} where more parameters may
   * follow.
   */
  static String describe(CallMatcher call) {
    List<String> parameters = new ArrayList<>(call.parameters());
    if (call.moreParameters()) {
      parameters.add("...");
    }
    String list = String.join(", ", parameters);
    return switch (call.kind()) {
      case CONSTRUCTOR -> "new " + call.type() + "(" + list + ")";
      case STATIC_METHOD -> "static " + call.type() + "." + call.name() + "(" + list + ")";
      case INSTANCE_METHOD -> call.type() + "." + call.name() + "(" + list + ")";
    };
  }
}
