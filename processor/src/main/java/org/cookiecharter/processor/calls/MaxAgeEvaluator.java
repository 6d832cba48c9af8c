package org.cookiecharter.processor.calls;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.cookiecharter.CookieLifetime;
import org.jspecify.annotations.Nullable;

/**
 * Works out the max-age, in seconds, that an argument holds where it is a constant: numbers and
 * their arithmetic ({@code 60 * 60 * 24 * 400}), constants, {@code static final} fields of the
 * compilation's sources ({@code Duration.ofDays(400)}), and the {@code java.time} and {@code
 * TimeUnit} calls that make lengths of time from constants ({@code Duration.ofDays(400)}, {@code
 * Duration.of(400, ChronoUnit.DAYS)}, {@code TimeUnit.DAYS.toSeconds(400)}, {@code
 * ChronoUnit.YEARS.getDuration()}). Months and years count as {@link CookieLifetime} estimates
 * them. Anything else is computed: not reported.
 */
final class MaxAgeEvaluator {
  /** How deep constants' initializers are followed. */
  private static final int MAX_DEPTH = 8;

  private static final String DURATION = "java.time.Duration";
  private static final String PERIOD = "java.time.Period";
  private static final String CHRONO_UNIT = "java.time.temporal.ChronoUnit";
  private static final String TIME_UNIT = "java.util.concurrent.TimeUnit";
  private static final String MATH = "java.lang.Math";

  private final Trees trees;

  /**
   * The values of the {@code static final} fields of the classes checked so far, by field: once
   * javac has generated a class, its trees no longer hold the initializers.
   */
  private final Map<Element, Object> fields;

  /**
   * @param fields where the values of {@code static final} fields are kept, for every class of the
   *     compilation
   */
  MaxAgeEvaluator(Trees trees, Map<Element, Object> fields) {
    this.trees = trees;
    this.fields = fields;
  }

  /**
   * Notes the value of the {@code static final} field declared at {@code path}, if it is a number
   * or a length of time that is not a compile-time constant ({@code Duration.ofDays(400)}).
   */
  void noteField(TreePath path, VariableTree field) {
    if (field.getInitializer() != null
        && trees.getElement(path) instanceof VariableElement variable
        && variable.getKind() == ElementKind.FIELD
        && variable.getModifiers().contains(Modifier.STATIC)
        && variable.getModifiers().contains(Modifier.FINAL)
        && variable.getConstantValue() == null
        && mayHoldMaxAge(variable.asType())) {
      Object value = value(child(path, field.getInitializer()), 0);
      if (value instanceof Long || value instanceof Duration) {
        fields.put(variable, value);
      }
    }
  }

  private static boolean mayHoldMaxAge(TypeMirror type) {
    return switch (type.getKind()) {
      case INT, LONG -> true;
      case DECLARED -> {
        String name = type.toString();
        yield name.equals(DURATION)
            || name.equals(PERIOD)
            || name.equals("java.lang.Long")
            || name.equals("java.lang.Integer");
      }
      default -> false;
    };
  }

  /** The whole number that the integral expression at {@code path} holds; empty if computed. */
  OptionalLong integral(TreePath path) {
    return value(path, 0) instanceof Long number ? OptionalLong.of(number) : OptionalLong.empty();
  }

  /** The max-age in seconds that the argument at {@code path} holds; empty if computed. */
  OptionalLong seconds(TreePath path) {
    Object value = value(path, 0);
    if (value instanceof Long number) {
      return OptionalLong.of(number);
    }
    if (value instanceof Duration duration) {
      return OptionalLong.of(duration.getSeconds());
    }
    return OptionalLong.empty();
  }

  /**
   * The value of an expression: a {@code Long} (any integral type), a {@link Duration} (a {@link
   * Period} as estimated), a {@link ChronoUnit} or a {@link TimeUnit}; null if it is computed.
   */
  private @Nullable Object value(TreePath path, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    Tree tree = path.getLeaf();
    try {
      return switch (tree.getKind()) {
        case INT_LITERAL, LONG_LITERAL -> ((Number) ((LiteralTree) tree).getValue()).longValue();
        case PARENTHESIZED -> value(child(path, ((ParenthesizedTree) tree).getExpression()), depth);
        case TYPE_CAST ->
            narrow(path, value(child(path, ((TypeCastTree) tree).getExpression()), depth));
        case UNARY_MINUS ->
            value(child(path, ((UnaryTree) tree).getExpression()), depth) instanceof Long number
                ? narrow(path, -number)
                : null;
        case UNARY_PLUS -> value(child(path, ((UnaryTree) tree).getExpression()), depth);
        case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> arithmetic(path, (BinaryTree) tree, depth);
        case IDENTIFIER, MEMBER_SELECT -> variable(trees.getElement(path), depth);
        case METHOD_INVOCATION -> call(path, (MethodInvocationTree) tree, depth);
        default -> null;
      };
    } catch (ArithmeticException | DateTimeException e) {
      return null; // overflows the way it would at run time: not a max-age to compare
    }
  }

  private static TreePath child(TreePath path, Tree tree) {
    return new TreePath(path, tree);
  }

  /** The value as the expression's type holds it: {@code int} arithmetic wraps, as at run time. */
  private @Nullable Object narrow(TreePath path, @Nullable Object value) {
    if (!(value instanceof Long number)) {
      return value;
    }
    TypeMirror type = trees.getTypeMirror(path);
    if (type == null) {
      return null;
    }
    long wide = number;
    return switch (type.getKind()) {
      case LONG -> wide;
      case INT -> (long) (int) wide;
      case SHORT -> (long) (short) wide;
      case BYTE -> (long) (byte) wide;
      case CHAR -> (long) (char) wide;
      case DECLARED -> wide; // a boxed Integer or Long: its unboxed value was narrowed already
      default -> null; // floating point
    };
  }

  private @Nullable Object arithmetic(TreePath path, BinaryTree tree, int depth) {
    TypeMirror type = trees.getTypeMirror(path);
    if (type == null || !(type.getKind() == TypeKind.INT || type.getKind() == TypeKind.LONG)) {
      return null; // string concatenation, floating point
    }
    if (!(value(child(path, tree.getLeftOperand()), depth) instanceof Long left)
        || !(value(child(path, tree.getRightOperand()), depth) instanceof Long right)) {
      return null;
    }
    long result =
        switch (tree.getKind()) {
          case PLUS -> left + right;
          case MINUS -> left - right;
          case MULTIPLY -> left * right;
          case DIVIDE -> left / right;
          default -> left % right;
        };
    return narrow(path, result);
  }

  /**
   * A constant, an enum constant of {@link ChronoUnit} or {@link TimeUnit}, or a {@code static
   * final} field whose initializer is in the compilation's sources.
   */
  private @Nullable Object variable(Element element, int depth) {
    if (!(element instanceof VariableElement variable)) {
      return null;
    }
    Object noted = fields.get(variable);
    if (noted != null) {
      return noted;
    }
    Object constant = variable.getConstantValue();
    if (constant instanceof Number number
        && !(constant instanceof Double || constant instanceof Float)) {
      return number.longValue();
    }
    if (element.getKind() == ElementKind.ENUM_CONSTANT
        && element.getEnclosingElement() instanceof TypeElement type) {
      String name = element.getSimpleName().toString();
      if (type.getQualifiedName().contentEquals(CHRONO_UNIT)) {
        return ChronoUnit.valueOf(name);
      }
      if (type.getQualifiedName().contentEquals(TIME_UNIT)) {
        return TimeUnit.valueOf(name);
      }
      return null;
    }
    if (element.getKind() == ElementKind.FIELD
        && element.getModifiers().contains(Modifier.STATIC)
        && element.getModifiers().contains(Modifier.FINAL)) {
      TreePath declaration = trees.getPath(element);
      if (declaration != null
          && declaration.getLeaf() instanceof VariableTree field
          && field.getInitializer() != null) {
        return value(child(declaration, field.getInitializer()), depth + 1);
      }
    }
    return null;
  }

  /** The {@code java.time}, {@code TimeUnit} and {@code Math} calls that keep a constant. */
  private @Nullable Object call(TreePath path, MethodInvocationTree call, int depth) {
    if (!(trees.getElement(path) instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return null;
    }
    String type = owner.getQualifiedName().toString();
    if (!(type.equals(DURATION)
        || type.equals(PERIOD)
        || type.equals(CHRONO_UNIT)
        || type.equals(TIME_UNIT)
        || type.equals(MATH))) {
      return null; // before its arguments: most calls are none of these
    }
    String name = method.getSimpleName().toString();
    List<? extends ExpressionTree> arguments = call.getArguments();
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(child(path, arguments.get(i)), depth);
      if (values[i] == null) {
        return null;
      }
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return switch (type) {
        case DURATION -> durationFactory(name, values);
        case PERIOD -> periodFactory(name, values);
        case MATH -> name.equals("toIntExact") && values.length == 1 ? values[0] : null;
        default -> null;
      };
    }
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return null;
    }
    Object receiver = value(child(child(path, select), select.getExpression()), depth);
    if (receiver instanceof Duration duration) {
      return durationMethod(duration, name, values);
    }
    if (receiver instanceof ChronoUnit unit && name.equals("getDuration") && values.length == 0) {
      return unit.getDuration();
    }
    if (receiver instanceof TimeUnit unit && name.equals("toSeconds") && values.length == 1) {
      return values[0] instanceof Long number ? unit.toSeconds(number) : null;
    }
    return null;
  }

  private static @Nullable Object durationFactory(String name, Object[] values) {
    if (values.length == 2
        && values[0] instanceof Long amount
        && values[1] instanceof ChronoUnit unit) {
      return name.equals("of") ? Duration.of(amount, unit) : null;
    }
    if (values.length != 1 || !(values[0] instanceof Long amount)) {
      return null;
    }
    return switch (name) {
      case "ofDays" -> Duration.ofDays(amount);
      case "ofHours" -> Duration.ofHours(amount);
      case "ofMinutes" -> Duration.ofMinutes(amount);
      case "ofSeconds" -> Duration.ofSeconds(amount);
      case "ofMillis" -> Duration.ofMillis(amount);
      default -> null;
    };
  }

  /** A period, as {@link CookieLifetime} estimates it. */
  private static @Nullable Object periodFactory(String name, Object[] values) {
    int[] amounts = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] instanceof Long number)) {
        return null;
      }
      amounts[i] = Math.toIntExact(number);
    }
    Period period =
        switch (name) {
          case "ofDays" -> amounts.length == 1 ? Period.ofDays(amounts[0]) : null;
          case "ofWeeks" -> amounts.length == 1 ? Period.ofWeeks(amounts[0]) : null;
          case "ofMonths" -> amounts.length == 1 ? Period.ofMonths(amounts[0]) : null;
          case "ofYears" -> amounts.length == 1 ? Period.ofYears(amounts[0]) : null;
          case "of" -> amounts.length == 3 ? Period.of(amounts[0], amounts[1], amounts[2]) : null;
          default -> null;
        };
    return period == null || period.isNegative() || period.isZero()
        ? null
        : CookieLifetime.estimate(period);
  }

  private static @Nullable Object durationMethod(Duration duration, String name, Object[] values) {
    if (values.length == 0) {
      return switch (name) {
        case "getSeconds", "toSeconds" -> duration.getSeconds();
        default -> null;
      };
    }
    if (values.length != 1) {
      return null;
    }
    if (values[0] instanceof Duration other) {
      return name.equals("plus") ? duration.plus(other) : null;
    }
    if (!(values[0] instanceof Long amount)) {
      return null;
    }
    return switch (name) {
      case "multipliedBy" -> duration.multipliedBy(amount);
      case "plusDays" -> duration.plusDays(amount);
      case "plusHours" -> duration.plusHours(amount);
      case "plusMinutes" -> duration.plusMinutes(amount);
      case "plusSeconds" -> duration.plusSeconds(amount);
      default -> null;
    };
  }
}
