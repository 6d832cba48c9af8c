package org.cookiecharter.processor.calls;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.cookiecharter.processor.validation.AnnotatedElements;

/**
 * Works out what a name argument holds, on attributed trees: literals, constants of any class
 * (inherited and statically imported ones too, and constants of classes on the class path), string
 * concatenations of them, and both branches of {@code ?:}.
 */
final class NameEvaluator {
  /** In a {@link #texts text}: where a part is computed at run time. */
  static final char COMPUTED = '\uFFFF';

  private static final String COMPUTED_TEXT = String.valueOf(COMPUTED);

  private final Trees trees;
  private final MaxAgeEvaluator numbers;

  /**
   * @param numbers folds the integral expressions of a concatenation ({@code 400 * 86400})
   */
  NameEvaluator(Trees trees, MaxAgeEvaluator numbers) {
    this.trees = trees;
    this.numbers = numbers;
  }

  /** The values the argument at {@code path} may hold: two for {@code c ? "a" : "b"}, else one. */
  List<NameValue> evaluate(TreePath path) {
    List<NameValue> values = new ArrayList<>();
    for (TreePath alternative : alternatives(path, new ArrayList<>())) {
      values.add(value(alternative));
    }
    return values;
  }

  /**
   * The texts the argument at {@code path} may hold, one per branch of {@code ?:}, each with {@link
   * #COMPUTED} where a part of it is computed at run time: {@code "sid=" + id + "; Max-Age=60"} is
   * {@code "sid=\uFFFF; Max-Age=60"}.
   */
  List<String> texts(TreePath path) {
    List<String> texts = new ArrayList<>();
    for (TreePath alternative : alternatives(path, new ArrayList<>())) {
      texts.add(text(alternative));
    }
    return texts;
  }

  private List<TreePath> alternatives(TreePath path, List<TreePath> alternatives) {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED ->
          alternatives(
              new TreePath(path, ((ParenthesizedTree) tree).getExpression()), alternatives);
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        alternatives(new TreePath(path, conditional.getTrueExpression()), alternatives);
        alternatives(new TreePath(path, conditional.getFalseExpression()), alternatives);
      }
      default -> alternatives.add(path);
    }
    return alternatives;
  }

  /** The value of one expression; a conditional inside a concatenation counts as computed. */
  private NameValue value(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof ParenthesizedTree parenthesized) {
      return value(new TreePath(path, parenthesized.getExpression()));
    }
    if (tree instanceof TypeCastTree cast && isString(trees.getTypeMirror(path))) {
      return value(new TreePath(path, cast.getExpression()));
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(path);
      if (constantValue(element) != null) {
        return new NameValue.Known(
            String.valueOf(constantValue(element)),
            AnnotatedElements.isDeclaredCookie(element)
                    && element.getEnclosingElement() instanceof TypeElement owner
                ? owner.getQualifiedName() + "." + element.getSimpleName()
                : null);
      }
    }
    return NameValue.of(text(path));
  }

  /**
   * The text of one expression, with {@link #COMPUTED} for each part computed at run time. A {@link
   * #COMPUTED} in the source's own text becomes U+FFFD: no cookie name holds either.
   */
  private String text(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case STRING_LITERAL, CHAR_LITERAL, INT_LITERAL, LONG_LITERAL, BOOLEAN_LITERAL ->
          known(((LiteralTree) tree).getValue());
      case PARENTHESIZED -> text(new TreePath(path, ((ParenthesizedTree) tree).getExpression()));
      case IDENTIFIER, MEMBER_SELECT -> {
        Object constant = constantValue(trees.getElement(path));
        yield constant == null ? COMPUTED_TEXT : known(constant);
      }
      case PLUS, TYPE_CAST -> {
        if (!isString(trees.getTypeMirror(path))) {
          yield number(path);
        }
        if (tree instanceof TypeCastTree cast) {
          yield text(new TreePath(path, cast.getExpression()));
        }
        BinaryTree plus = (BinaryTree) tree;
        yield text(new TreePath(path, plus.getLeftOperand()))
            + text(new TreePath(path, plus.getRightOperand()));
      }
      default -> number(path);
    };
  }

  /** The text of an integral expression that folds to a constant: {@code 400 * 86400}. */
  private String number(TreePath path) {
    TypeMirror type = trees.getTypeMirror(path);
    boolean integral =
        type != null
            && (type.getKind() == TypeKind.INT
                || type.getKind() == TypeKind.LONG
                || type.getKind() == TypeKind.SHORT
                || type.getKind() == TypeKind.BYTE);
    OptionalLong number = integral ? numbers.integral(path) : OptionalLong.empty();
    return number.isPresent() ? Long.toString(number.getAsLong()) : COMPUTED_TEXT;
  }

  private static String known(Object constant) {
    return String.valueOf(constant).replace(COMPUTED, '\uFFFD');
  }

  /** The constant value of a field or local variable; null if it has none. */
  private static Object constantValue(Element element) {
    return element instanceof VariableElement variable
            && (element.getKind() == ElementKind.FIELD
                || element.getKind() == ElementKind.LOCAL_VARIABLE)
        ? variable.getConstantValue()
        : null;
  }

  private static boolean isString(TypeMirror type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && type.toString().equals("java.lang.String");
  }
}
