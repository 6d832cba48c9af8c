package org.cookiecharter.processor.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Elements.Origin;
import javax.lang.model.util.Types;

/**
 * Compares a stub type, read from its source, with the real type of the same name in a jar: the
 * stub may leave things out, but what it declares (its kind, its supertypes, its public and
 * protected constructors, methods and fields, its nested types) the real type must have, with the
 * same erased signature, return type, static-ness and constant value. So a stub cannot teach the
 * call tests an API that the framework does not have.
 */
final class StubChecker {
  private final Elements stubElements;
  private final Types stubTypes;
  private final CallTableJars.ClassPath real;

  StubChecker(Elements stubElements, Types stubTypes, CallTableJars.ClassPath real) {
    this.stubElements = stubElements;
    this.stubTypes = stubTypes;
    this.real = real;
  }

  /** One line per difference between the stub type (and its nested types) and the real one. */
  List<String> problems(TypeElement stub) {
    List<String> problems = new ArrayList<>();
    check(stub, problems);
    return problems;
  }

  private void check(TypeElement stub, List<String> problems) {
    String name = stub.getQualifiedName().toString();
    TypeElement type = real.type(name);
    if (type == null) {
      problems.add(name + ": no such type in the jars");
      return;
    }
    if (stub.getKind() != type.getKind()) {
      problems.add(name + ": " + kind(stub) + " in the stub, " + kind(type) + " in the jar");
    }
    if (stub.getNestingKind().isNested() && isStatic(stub) != isStatic(type)) {
      problems.add(
          name + ": " + staticness(stub) + " in the stub, " + staticness(type) + " in the jar");
    }
    for (TypeMirror supertype : stubTypes.directSupertypes(stub.asType())) {
      String superName = stubTypes.erasure(supertype).toString();
      TypeElement realSuper = real.type(superName);
      if (realSuper == null) {
        problems.add(name + ": its supertype " + superName + " is missing from the jars");
      } else if (!real.types.isSubtype(
          real.types.erasure(type.asType()), real.types.erasure(realSuper.asType()))) {
        problems.add(name + ": extends " + superName + " in the stub, not in the jar");
      }
    }
    for (Element member : stub.getEnclosedElements()) {
      if (!visible(member)) {
        continue;
      }
      switch (member.getKind()) {
        case CONSTRUCTOR, METHOD -> checkExecutable((ExecutableElement) member, type, problems);
        case FIELD, ENUM_CONSTANT -> checkField((VariableElement) member, type, problems);
        case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE ->
            check((TypeElement) member, problems);
        default -> {}
      }
    }
  }

  private void checkExecutable(ExecutableElement stub, TypeElement type, List<String> problems) {
    boolean constructor = stub.getKind() == ElementKind.CONSTRUCTOR;
    String label =
        (constructor
                ? "new " + type.getQualifiedName()
                : type.getQualifiedName() + "." + stub.getSimpleName())
            + parameters(stubTypes, stub)
            + (stubElements.getOrigin(stub) == Origin.MANDATED ? " (implicit in the stub)" : "");
    List<ExecutableElement> sameName =
        (constructor
                ? ElementFilter.constructorsIn(type.getEnclosedElements())
                : ElementFilter.methodsIn(real.elements.getAllMembers(type)))
            .stream()
                .filter(method -> method.getSimpleName().contentEquals(stub.getSimpleName()))
                .toList();
    ExecutableElement match =
        sameName.stream()
            .filter(method -> parameters(real.types, method).equals(parameters(stubTypes, stub)))
            .findFirst()
            .orElse(null);
    if (match == null) {
      Set<String> others =
          sameName.stream()
              .map(method -> parameters(real.types, method))
              .collect(Collectors.toCollection(TreeSet::new));
      problems.add(
          label
              + ": not in the jar"
              + (others.isEmpty() ? "" : "; the jar has " + String.join(", ", others)));
      return;
    }
    if (!match.getEnclosingElement().equals(type)) {
      problems.add(
          label
              + ": declared in the stub, inherited from "
              + ((TypeElement) match.getEnclosingElement()).getQualifiedName()
              + " in the jar");
    }
    compareModifiers(label, stub, match, problems);
    if (!constructor) {
      String stubReturn = erased(stubTypes, stub.getReturnType());
      String realReturn = erased(real.types, match.getReturnType());
      if (!stubReturn.equals(realReturn)) {
        problems.add(
            label + ": returns " + stubReturn + " in the stub, " + realReturn + " in the jar");
      }
    }
  }

  private void checkField(VariableElement stub, TypeElement type, List<String> problems) {
    String label = type.getQualifiedName() + "." + stub.getSimpleName();
    VariableElement match =
        ElementFilter.fieldsIn(real.elements.getAllMembers(type)).stream()
            .filter(field -> field.getSimpleName().contentEquals(stub.getSimpleName()))
            .findFirst()
            .orElse(null);
    if (match == null) {
      problems.add(label + ": not in the jar");
      return;
    }
    compareModifiers(label, stub, match, problems);
    String stubType = erased(stubTypes, stub.asType());
    String realType = erased(real.types, match.asType());
    if (!stubType.equals(realType)) {
      problems.add(label + ": of type " + stubType + " in the stub, " + realType + " in the jar");
    }
    Object stubValue = stub.getConstantValue();
    Object realValue = match.getConstantValue();
    if (stubValue != null && !Objects.equals(stubValue, realValue)) {
      problems.add(
          label
              + ": "
              + real.elements.getConstantExpression(stubValue)
              + " in the stub, "
              + (realValue == null ? "no constant" : real.elements.getConstantExpression(realValue))
              + " in the jar");
    }
  }

  /** Static-ness, and access: what the stub makes public, the jar must too. */
  private static void compareModifiers(
      String label, Element stub, Element real, List<String> problems) {
    if (isStatic(stub) != isStatic(real)) {
      problems.add(
          label + ": " + staticness(stub) + " in the stub, " + staticness(real) + " in the jar");
    }
    if (access(stub).compareTo(access(real)) > 0) {
      problems.add(
          label + ": " + access(stub).word + " in the stub, " + access(real).word + " in the jar");
    }
  }

  /** Access levels, from the most closed. */
  private enum Access {
    PRIVATE("private"),
    PACKAGE("package-private"),
    PROTECTED("protected"),
    PUBLIC("public");

    final String word;

    Access(String word) {
      this.word = word;
    }
  }

  private static Access access(Element element) {
    Set<Modifier> modifiers = element.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return Access.PUBLIC;
    }
    if (modifiers.contains(Modifier.PROTECTED)) {
      return Access.PROTECTED;
    }
    return modifiers.contains(Modifier.PRIVATE) ? Access.PRIVATE : Access.PACKAGE;
  }

  /** What the stub offers to code of another package: public or protected. */
  private static boolean visible(Element member) {
    return access(member).compareTo(Access.PROTECTED) >= 0;
  }

  private static boolean isStatic(Element element) {
    return element.getModifiers().contains(Modifier.STATIC);
  }

  private static String staticness(Element element) {
    return isStatic(element) ? "static" : "not static";
  }

  private static String kind(TypeElement type) {
    return type.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code (java.lang.String, int)}, erased, an array for a varargs parameter. */
  private static String parameters(Types types, ExecutableElement method) {
    return method.getParameters().stream()
        .map(parameter -> erased(types, parameter.asType()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String erased(Types types, TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    return erased.getKind() == TypeKind.ARRAY
        ? erased(types, ((ArrayType) erased).getComponentType()) + "[]"
        : erased.toString();
  }
}
