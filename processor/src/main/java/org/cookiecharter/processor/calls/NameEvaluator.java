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
  private final Trees trees;

  NameEvaluator(Trees trees) {
    this.trees = trees;
  }

  /** The values the argument at {@code path} may hold: two for {@code c ? "a" : "b"}, else one. */
  List<NameValue> evaluate(TreePath path) {
    List<NameValue> values = new ArrayList<>();
    collect(path, values);
    return values;
  }

  private void collect(TreePath path, List<NameValue> values) {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED ->
          collect(new TreePath(path, ((ParenthesizedTree) tree).getExpression()), values);
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        collect(new TreePath(path, conditional.getTrueExpression()), values);
        collect(new TreePath(path, conditional.getFalseExpression()), values);
      }
      default -> values.add(value(path));
    }
  }

  /** The value of one expression; a conditional inside a concatenation counts as computed. */
  private NameValue value(TreePath path) {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case STRING_LITERAL, CHAR_LITERAL, INT_LITERAL, LONG_LITERAL, BOOLEAN_LITERAL -> {
        return new NameValue.Known(String.valueOf(((LiteralTree) tree).getValue()));
      }
      case PARENTHESIZED -> {
        return value(new TreePath(path, ((ParenthesizedTree) tree).getExpression()));
      }
      case TYPE_CAST -> {
        return value(new TreePath(path, ((TypeCastTree) tree).getExpression()));
      }
      case IDENTIFIER, MEMBER_SELECT -> {
        return constant(path);
      }
      case PLUS -> {
        return concatenation(path, (BinaryTree) tree);
      }
      default -> {
        return new NameValue.Computed();
      }
    }
  }

  private NameValue constant(TreePath path) {
    Element element = trees.getElement(path);
    if (element instanceof VariableElement variable
        && (element.getKind() == ElementKind.FIELD
            || element.getKind() == ElementKind.LOCAL_VARIABLE)
        && variable.getConstantValue() != null) {
      return new NameValue.Known(
          String.valueOf(variable.getConstantValue()),
          AnnotatedElements.isDeclaredCookie(element)
                  && element.getEnclosingElement() instanceof TypeElement owner
              ? owner.getQualifiedName() + "." + element.getSimpleName()
              : null);
    }
    return new NameValue.Computed();
  }

  /** {@code a + b} on strings; a numeric addition is computed, as its value needs its types. */
  private NameValue concatenation(TreePath path, BinaryTree plus) {
    if (!isString(trees.getTypeMirror(path))) {
      return new NameValue.Computed();
    }
    NameValue left = value(new TreePath(path, plus.getLeftOperand()));
    if (left instanceof NameValue.Known known) {
      NameValue right = value(new TreePath(path, plus.getRightOperand()));
      return right instanceof NameValue.Known end
          ? new NameValue.Known(known.name() + end.name())
          : new NameValue.Prefixed(known.name());
    }
    return left instanceof NameValue.Prefixed ? left : new NameValue.Computed();
  }

  private static boolean isString(TypeMirror type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && type.toString().equals("java.lang.String");
  }
}
