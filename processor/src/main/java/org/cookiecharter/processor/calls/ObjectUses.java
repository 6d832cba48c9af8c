package org.cookiecharter.processor.calls;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Follows an object that a call makes, within the method that makes it: through parentheses, casts,
 * local variables and call chains, and its {@code Set-Cookie} text ({@code toString()}). It tells
 * whether the object may reach a response, and which of its own methods the code calls (a rename, a
 * clearing Max-Age of 0).
 */
final class ObjectUses {
  /** How deep chains and variables are followed before the object is taken to go anywhere. */
  private static final int MAX_FOLLOWED = 8;

  /** The results of an object's methods that cannot carry it: its attributes. */
  private static final Set<String> PLAIN_VALUES =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Double",
          "java.lang.Float");

  /**
   * The methods without arguments that write the object as a {@code Set-Cookie} value: its text
   * ({@code ResponseCookie.toString()}, Vert.x's {@code Cookie.encode()}). Their result is the
   * cookie itself, where a getter's ({@code getPath()}) is one of its attributes.
   */
  private static final Set<String> TEXT = Set.of("toString", "encode");

  private final Trees trees;
  private final ResolvedSinks sinks;
  private final LocalVariables locals;

  ObjectUses(Trees trees, ResolvedSinks sinks, LocalVariables locals) {
    this.trees = trees;
    this.sinks = sinks;
    this.locals = locals;
  }

  /**
   * What happens to the object made at {@code made}, in its method.
   *
   * @param reachesResponse false when it goes only to client-side calls and to its own methods
   *     whose results are plain values: a client's cookie, or a template whose attributes are
   *     copied. Returned, stored, passed to another call, a statement of its own: true
   * @param ownCalls the calls of the object's own methods, along its chains and variables
   * @param straight whether each of its own calls is on this object: false when a local variable
   *     that holds it is assigned another object, where only the flow of the method would tell
   */
  record Uses(boolean reachesResponse, List<TreePath> ownCalls, boolean straight) {
    /** Whether the code calls one of {@code methods} on the object. */
    boolean calls(Set<String> methods) {
      for (TreePath call : ownCalls) {
        if (methods.contains(methodName((MethodInvocationTree) call.getLeaf()))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the code sets the object's Max-Age to 0: it deletes the cookie, not sets it. */
    boolean clears() {
      for (TreePath path : ownCalls) {
        MethodInvocationTree call = (MethodInvocationTree) path.getLeaf();
        if (BuiltInSinks.MAX_AGE_SETTER_NAMES.contains(methodName(call))
            && call.getArguments().size() == 1
            && call.getArguments().get(0) instanceof LiteralTree literal
            && literal.getValue() instanceof Number number
            && number.longValue() == 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** Follows the object that the expression at {@code made} makes. */
  Uses follow(TreePath made) {
    List<TreePath> ownCalls = new ArrayList<>();
    boolean[] straight = {true};
    boolean reaches = follow(made, 0, ownCalls, straight);
    return new Uses(reaches, ownCalls, straight[0]);
  }

  /** Whether a call of {@code method} makes an object: a constructor, or a static factory. */
  static boolean makesObject(ExecutableElement method) {
    return method.getKind() == ElementKind.CONSTRUCTOR
        || (method.getModifiers().contains(Modifier.STATIC)
            && method.getReturnType().getKind() == TypeKind.DECLARED
            && !isPlainValue(method.getReturnType()));
  }

  /** Whether a call's result is a plain value that cannot carry an object. */
  static boolean isPlainValue(TypeMirror type) {
    return type.getKind().isPrimitive()
        || type.getKind() == TypeKind.VOID
        || PLAIN_VALUES.contains(type.toString());
  }

  private boolean follow(TreePath value, int depth, List<TreePath> ownCalls, boolean[] straight) {
    if (depth > MAX_FOLLOWED) {
      return true;
    }
    TreePath at = unwrapped(value);
    TreePath parentPath = at.getParentPath();
    Tree parent = parentPath == null ? null : parentPath.getLeaf();
    if (parent instanceof MethodInvocationTree call && call.getArguments().contains(at.getLeaf())) {
      return !(trees.getElement(parentPath) instanceof ExecutableElement method
          && sinks.isClientSide(method));
    }
    if (parent instanceof MemberSelectTree select
        && parentPath.getParentPath() != null
        && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree ownCall
        && ownCall.getMethodSelect() == select) {
      TreePath callPath = parentPath.getParentPath();
      ownCalls.add(callPath);
      if (!(trees.getElement(callPath) instanceof ExecutableElement method)) {
        return true;
      }
      if (isText(method)) {
        return textReaches(callPath, depth + 1);
      }
      if (sinks.writesItself(method)) {
        return true; // cookie.saveTo(request, response)
      }
      return !isPlainValue(method.getReturnType())
          && follow(callPath, depth + 1, ownCalls, straight);
    }
    if (parent instanceof VariableTree
        && trees.getElement(parentPath) instanceof VariableElement local
        && local.getKind() == ElementKind.LOCAL_VARIABLE) {
      boolean reaches = false;
      for (TreePath use : usesOf(local, parentPath, straight)) {
        reaches |= follow(use, depth + 1, ownCalls, straight);
      }
      return reaches;
    }
    return true;
  }

  /** The expression at {@code value} with the parentheses and casts around it. */
  private static TreePath unwrapped(TreePath value) {
    TreePath at = value;
    while (at.getParentPath() != null
        && (at.getParentPath().getLeaf() instanceof ParenthesizedTree
            || at.getParentPath().getLeaf() instanceof TypeCastTree)) {
      at = at.getParentPath();
    }
    return at;
  }

  /** Whether {@code method} writes the object as its {@code Set-Cookie} text ({@link #TEXT}). */
  static boolean isText(ExecutableElement method) {
    return method.getParameters().isEmpty()
        && TEXT.contains(method.getSimpleName().toString())
        && method.getReturnType().toString().equals("java.lang.String");
  }

  /**
   * Whether the cookie's text at {@code text} goes anywhere: into a header, a response, a return
   * value, a field or any call, as a cookie object does. Dropped, or only compared or measured (its
   * methods that give a boolean or a number), it sets nothing.
   */
  private boolean textReaches(TreePath text, int depth) {
    if (depth > MAX_FOLLOWED) {
      return true;
    }
    TreePath at = unwrapped(text);
    TreePath parentPath = at.getParentPath();
    Tree parent = parentPath == null ? null : parentPath.getLeaf();
    if (parent instanceof ExpressionStatementTree) {
      return false;
    }
    if (parent instanceof MemberSelectTree select
        && parentPath.getParentPath() != null
        && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree stringCall
        && stringCall.getMethodSelect() == select) {
      TreePath callPath = parentPath.getParentPath();
      return !(trees.getElement(callPath) instanceof ExecutableElement method)
          || (!method.getReturnType().getKind().isPrimitive() && textReaches(callPath, depth + 1));
    }
    if (parent instanceof VariableTree
        && trees.getElement(parentPath) instanceof VariableElement local
        && local.getKind() == ElementKind.LOCAL_VARIABLE) {
      boolean reaches = false;
      for (TreePath use : usesOf(local, parentPath, new boolean[] {true})) {
        reaches |= textReaches(use, depth + 1);
      }
      return reaches;
    }
    return true;
  }

  /**
   * The reads of a local variable, in the method (or initializer) that declares it; clears {@code
   * straight} if the variable is also assigned.
   */
  private List<TreePath> usesOf(VariableElement local, TreePath declaration, boolean[] straight) {
    LocalVariable variable = locals.of(declaration, local);
    straight[0] &= !variable.assigned();
    return variable.reads();
  }

  private static String methodName(MethodInvocationTree call) {
    Tree select = call.getMethodSelect();
    return select instanceof MemberSelectTree member
        ? member.getIdentifier().toString()
        : select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
  }
}
