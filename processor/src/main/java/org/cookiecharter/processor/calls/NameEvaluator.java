package org.cookiecharter.processor.calls;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.cookiecharter.processor.validation.AnnotatedElements;
import org.jspecify.annotations.Nullable;

/**
 * Works out what a name argument holds, on attributed trees: literals, constants of any class
 * (inherited and statically imported ones too, and constants of classes on the class path), string
 * concatenations of them, both branches of {@code ?:}, a local variable that is only ever
 * initialized, and a {@code StringBuilder} chain ({@code new
 * StringBuilder(a).append(b).toString()}).
 */
final class NameEvaluator {
  /** In a {@link #texts text}: where a part is computed at run time. */
  static final char COMPUTED = '\uFFFF';

  private static final String COMPUTED_TEXT = String.valueOf(COMPUTED);

  /** How many local variables one evaluation follows, each to its initializer. */
  private static final int MAX_LOCALS = 8;

  /** The text buffers whose chain of appends a {@code toString()} is the text of. */
  private static final Set<String> BUILDERS =
      Set.of("java.lang.StringBuilder", "java.lang.StringBuffer");

  private final Trees trees;
  private final MaxAgeEvaluator numbers;
  private final LocalVariables locals;
  private final ResolvedSinks sinks;

  /**
   * @param numbers folds the integral expressions of a concatenation ({@code 400 * 86400})
   */
  NameEvaluator(Trees trees, MaxAgeEvaluator numbers, LocalVariables locals, ResolvedSinks sinks) {
    this.trees = trees;
    this.numbers = numbers;
    this.locals = locals;
    this.sinks = sinks;
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

  /** The expressions a value may come from: both branches of {@code ?:}, else itself. */
  List<TreePath> alternatives(TreePath path) {
    return alternatives(path, new ArrayList<>());
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
      TreePath initializer = initializer(path, element);
      if (initializer != null) {
        return value(initializer);
      }
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
        Element element = trees.getElement(path);
        TreePath initializer = initializer(path, element);
        if (initializer != null) {
          yield text(initializer);
        }
        Object constant = constantValue(element);
        yield constant == null ? COMPUTED_TEXT : known(constant);
      }
      case METHOD_INVOCATION -> builderText(path);
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

  /**
   * Where the value at {@code path} comes from: past parentheses, casts to {@code String} and local
   * variables that are only initialized. A parameter, a field or a call that the value is.
   */
  TreePath origin(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof ParenthesizedTree parenthesized) {
      return origin(new TreePath(path, parenthesized.getExpression()));
    }
    if (tree instanceof TypeCastTree cast && isString(trees.getTypeMirror(path))) {
      return origin(new TreePath(path, cast.getExpression()));
    }
    if (tree instanceof AssignmentTree assignment) { // a = b = null: the value of b
      return origin(new TreePath(path, assignment.getExpression()));
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER) {
      TreePath initializer = initializer(path, trees.getElement(path));
      if (initializer != null) {
        return origin(initializer);
      }
    }
    return path;
  }

  /**
   * Whether the value at {@code origin} ({@link #origin}) is the name of a cookie object of the
   * cookie classes that the tables know ({@code requestCookie.getName()}, {@link
   * ResolvedSinks#isCookieClass}): a copy of a cookie that the browser sent or that a call of the
   * tables made, checked where that cookie is set. It names no new cookie.
   */
  boolean isCookieName(TreePath origin) {
    return origin.getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && trees.getElement(origin) instanceof ExecutableElement method
        && method.getSimpleName().contentEquals("getName")
        && method.getEnclosingElement() instanceof TypeElement owner
        && sinks.isCookieClass(owner);
  }

  /**
   * The first part of a text built by concatenation or a {@code StringBuilder} chain, past
   * parentheses and local variables: {@code name} in {@code name + "=" + value}; the text itself if
   * it is not built so.
   */
  TreePath firstPart(TreePath path) {
    TreePath at = origin(path);
    if (at.getLeaf() instanceof BinaryTree plus
        && plus.getKind() == Tree.Kind.PLUS
        && isString(trees.getTypeMirror(at))) {
      return firstPart(new TreePath(at, plus.getLeftOperand()));
    }
    if (at.getLeaf() instanceof MethodInvocationTree toString
        && toString.getArguments().isEmpty()
        && toString.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("toString")
        && isBuilder(trees.getTypeMirror(new TreePath(at, select.getExpression())))) {
      TreePath first = null;
      TreePath chain = new TreePath(at, select.getExpression());
      while (chain.getLeaf() instanceof MethodInvocationTree append
          && append.getArguments().size() == 1
          && append.getMethodSelect() instanceof MemberSelectTree appendSelect
          && appendSelect.getIdentifier().contentEquals("append")) {
        first = new TreePath(chain, append.getArguments().get(0));
        chain = new TreePath(chain, appendSelect.getExpression());
      }
      if (chain.getLeaf() instanceof NewClassTree made && made.getArguments().size() == 1) {
        TreePath argument = new TreePath(chain, made.getArguments().get(0));
        first = isString(trees.getTypeMirror(argument)) ? argument : first;
      }
      return first == null ? at : firstPart(first);
    }
    return at;
  }

  /**
   * The text that {@code buffer.toString()} gives, where the buffer is made and filled in one
   * chain: {@code new StringBuilder(a).append(b).append(c)} gives the text of {@code a + b + c}.
   * Any other call is computed.
   */
  private String builderText(TreePath call) {
    if (!(call.getLeaf() instanceof MethodInvocationTree toString)
        || !toString.getArguments().isEmpty()
        || !(toString.getMethodSelect() instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("toString")
        || !isBuilder(trees.getTypeMirror(new TreePath(call, select.getExpression())))) {
      return COMPUTED_TEXT;
    }
    Deque<String> parts = new ArrayDeque<>();
    TreePath at = new TreePath(call, select.getExpression());
    while (at.getLeaf() instanceof MethodInvocationTree append
        && append.getArguments().size() == 1
        && append.getMethodSelect() instanceof MemberSelectTree appendSelect
        && appendSelect.getIdentifier().contentEquals("append")) {
      parts.addFirst(text(new TreePath(at, append.getArguments().get(0))));
      at = new TreePath(at, appendSelect.getExpression());
    }
    if (!(at.getLeaf() instanceof NewClassTree made) || !isBuilder(trees.getTypeMirror(at))) {
      return COMPUTED_TEXT; // a buffer filled elsewhere
    }
    if (made.getArguments().size() == 1
        && isString(trees.getTypeMirror(new TreePath(at, made.getArguments().get(0))))) {
      parts.addFirst(text(new TreePath(at, made.getArguments().get(0))));
    } else if (!made.getArguments().isEmpty()
        && !trees
            .getTypeMirror(new TreePath(at, made.getArguments().get(0)))
            .getKind()
            .isPrimitive()) {
      return COMPUTED_TEXT; // new StringBuilder(CharSequence): not a String we can read
    }
    return String.join("", parts);
  }

  /**
   * The initializer of the local variable that {@code use} reads, where the variable is never
   * assigned after it: its only value. Null for a field, a parameter, a constant (its value is
   * known), a variable assigned again, or past {@link #MAX_LOCALS} variables in a row.
   */
  private @Nullable TreePath initializer(TreePath use, Element element) {
    if (!(element instanceof VariableElement local)
        || element.getKind() != ElementKind.LOCAL_VARIABLE
        || local.getConstantValue() != null
        || followedLocals(use) >= MAX_LOCALS) {
      return null;
    }
    LocalVariable variable = locals.of(use, local);
    return variable.assigned() ? null : variable.initializer();
  }

  /** How many local variables the evaluation at {@code path} has followed to get there. */
  private static int followedLocals(TreePath path) {
    int followed = 0;
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      followed += at.getLeaf() instanceof VariableTree ? 1 : 0;
    }
    return followed;
  }

  /**
   * Whether the value at {@code path}, through the local variables it reads and the {@code String}
   * methods called on it ({@code trim()}), is a cookie object's {@code Set-Cookie} text ({@code
   * cookie.toString()}, {@link ObjectUses#isText}): the call that made the object is checked where
   * it is made.
   */
  boolean isCookieObjectText(TreePath path) {
    TreePath at = path;
    while (at.getLeaf() instanceof ParenthesizedTree parenthesized) {
      at = new TreePath(at, parenthesized.getExpression());
    }
    if (at.getLeaf() instanceof IdentifierTree) {
      TreePath initializer = initializer(at, trees.getElement(at));
      return initializer != null && isCookieObjectText(initializer);
    }
    if (!(at.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && trees.getElement(at) instanceof ExecutableElement method)) {
      return false;
    }
    TreePath receiver = new TreePath(at, select.getExpression());
    TypeMirror receiverType = trees.getTypeMirror(receiver);
    if (isString(receiverType)) { // header.trim(): the text of what the String is
      return isString(method.getReturnType()) && isCookieObjectText(receiver);
    }
    return ObjectUses.isText(method) && !isBuilder(receiverType);
  }

  private static boolean isBuilder(TypeMirror type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && BUILDERS.contains(type.toString());
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
  private static @Nullable Object constantValue(Element element) {
    return element instanceof VariableElement variable
            && (element.getKind() == ElementKind.FIELD
                || element.getKind() == ElementKind.LOCAL_VARIABLE)
        ? variable.getConstantValue()
        : null;
  }

  /**
   * Whether {@code type} is {@code String}: by its class's name, without making a string (it is
   * asked for every {@code String} argument of the code base's calls), and whatever type
   * annotations it carries.
   */
  static boolean isString(TypeMirror type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }
}
