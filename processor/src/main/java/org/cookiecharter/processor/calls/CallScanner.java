package org.cookiecharter.processor.calls;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;
import org.cookiecharter.processor.validation.AnnotatedElements;

/**
 * Visits a class's attributed tree and reports each call that sets a cookie whose name is not
 * declared. A call is resolved only if the simple name it shows is a sink's, so the scan costs
 * little more than the walk itself.
 */
final class CallScanner extends TreePathScanner<Void, Void> {
  /** What {@code @SuppressWarnings} names to silence the calls inside a declaration. */
  static final String SUPPRESSION = "cookie-charter";

  /** How deep {@link #reachesResponse} follows chains and variables before it assumes it may. */
  private static final int MAX_FOLLOWED = 8;

  /** The results of a cookie object's methods that cannot carry it: its attributes. */
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

  private final Trees trees;
  private final ResolvedSinks sinks;
  private final NameEvaluator evaluator;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;

  CallScanner(Trees trees, ResolvedSinks sinks, DeclaredNames declared, Diagnostics diagnostics) {
    this.trees = trees;
    this.sinks = sinks;
    this.evaluator = new NameEvaluator(trees);
    this.declared = declared;
    this.diagnostics = diagnostics;
  }

  /**
   * A {@code @DeclaredCookie} constant of a local or anonymous class: annotation processing never
   * saw it, so only this walk can say that the charter misses it.
   */
  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    if (!tree.getModifiers().getAnnotations().isEmpty()
        && trees.getElement(getCurrentPath()) instanceof VariableElement field
        && field.getKind() == ElementKind.FIELD
        && field.getEnclosingElement() instanceof TypeElement owner
        && (owner.getNestingKind() == NestingKind.LOCAL
            || owner.getNestingKind() == NestingKind.ANONYMOUS)
        && AnnotatedElements.isDeclaredCookie(field)) {
      diagnostics.onTree(
          trees,
          getCurrentPath(),
          Message.LOCAL_CLASS_DECLARATION,
          field.getSimpleName(),
          String.valueOf(field.getConstantValue()));
    }
    return super.visitVariable(tree, unused);
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    check(simpleName(tree.getIdentifier()), tree.getArguments());
    return super.visitNewClass(tree, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    check(simpleName(tree.getMethodSelect()), tree.getArguments());
    return super.visitMethodInvocation(tree, unused);
  }

  private void check(String simpleName, List<? extends ExpressionTree> arguments) {
    if (!sinks.mayMatch(simpleName)) {
      return;
    }
    TreePath call = getCurrentPath();
    if (!(trees.getElement(call) instanceof ExecutableElement method)) {
      return;
    }
    Sink sink = sinks.match(simpleName, method);
    if (sink == null || sink.index() >= arguments.size()) {
      return;
    }
    TreePath argument = new TreePath(call, arguments.get(sink.index()));
    switch (sink.argument()) {
      case COOKIE_NAME -> {
        if (makesCookieObject(method) && !reachesResponse(call, 0)) {
          return; // a client's cookie, or a template: no response carries it
        }
        for (NameValue value : evaluator.evaluate(argument)) {
          judge(value, argument, sink.label());
        }
      }
      case HEADER_NAME -> checkHeader(call, argument, arguments, sink);
    }
  }

  /** Whether a call of {@code method} makes a cookie object: a constructor, or a static factory. */
  private static boolean makesCookieObject(ExecutableElement method) {
    return method.getKind() == ElementKind.CONSTRUCTOR
        || (method.getModifiers().contains(Modifier.STATIC)
            && method.getReturnType().getKind() == TypeKind.DECLARED
            && !isPlainValue(method.getReturnType()));
  }

  /**
   * Whether the object that the expression at {@code value} makes may reach a response. It does not
   * when it goes only to client-side calls (a client's Cookie header, a request) and to its own
   * methods whose results are plain values (a template whose attributes are copied). Anywhere else
   * (returned, stored, passed to another call, in a chain whose result goes on) it may, and the
   * call that made it is checked.
   */
  private boolean reachesResponse(TreePath value, int depth) {
    if (depth > MAX_FOLLOWED) {
      return true;
    }
    TreePath at = value;
    while (at.getParentPath() != null
        && (at.getParentPath().getLeaf() instanceof ParenthesizedTree
            || at.getParentPath().getLeaf() instanceof TypeCastTree)) {
      at = at.getParentPath();
    }
    TreePath parentPath = at.getParentPath();
    Tree parent = parentPath == null ? null : parentPath.getLeaf();
    if (parent instanceof MethodInvocationTree call && call.getArguments().contains(at.getLeaf())) {
      return !(trees.getElement(parentPath) instanceof ExecutableElement method
          && sinks.isClientSide(method));
    }
    if (parent instanceof MemberSelectTree select
        && parentPath.getParentPath() != null
        && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree receiverCall
        && receiverCall.getMethodSelect() == select) {
      TreePath callPath = parentPath.getParentPath();
      return !(trees.getElement(callPath) instanceof ExecutableElement method)
          || (!isPlainValue(method.getReturnType()) && reachesResponse(callPath, depth + 1));
    }
    if (parent instanceof VariableTree
        && trees.getElement(parentPath) instanceof VariableElement local
        && local.getKind() == ElementKind.LOCAL_VARIABLE) {
      for (TreePath use : usesOf(local, parentPath)) {
        if (reachesResponse(use, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    return true; // returned, stored, passed on, or a statement of its own: checked, as before
  }

  /** Whether a call's result is a plain value that cannot carry a cookie object. */
  private static boolean isPlainValue(TypeMirror type) {
    return type.getKind().isPrimitive()
        || type.getKind() == TypeKind.VOID
        || PLAIN_VALUES.contains(type.toString());
  }

  /** The reads of a local variable, in the method (or initializer) that declares it. */
  private List<TreePath> usesOf(VariableElement local, TreePath declaration) {
    TreePath scope = declaration;
    while (scope.getParentPath() != null
        && !(scope.getLeaf() instanceof MethodTree)
        && !(scope.getLeaf() instanceof ClassTree)) {
      scope = scope.getParentPath();
    }
    List<TreePath> uses = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (identifier.getName().contentEquals(local.getSimpleName())
            && local.equals(trees.getElement(getCurrentPath()))
            && !isAssignedTo(getCurrentPath())) {
          uses.add(getCurrentPath());
        }
        return null;
      }
    }.scan(scope, null);
    return uses;
  }

  /** Whether the identifier at {@code path} is the target of an assignment, not a read. */
  private static boolean isAssignedTo(TreePath path) {
    return path.getParentPath().getLeaf() instanceof AssignmentTree assignment
        && assignment.getVariable() == path.getLeaf();
  }

  /** A {@code Set-Cookie} header: the name is the text of each value before {@code =}. */
  private void checkHeader(
      TreePath call, TreePath header, List<? extends ExpressionTree> arguments, Sink sink) {
    List<NameValue> headerName = evaluator.evaluate(header);
    boolean setCookie =
        headerName.size() == 1
            && headerName.get(0) instanceof NameValue.Known known
            && known.name().equalsIgnoreCase("Set-Cookie");
    if (!setCookie) {
      return;
    }
    for (int i = sink.index() + 1; i < arguments.size(); i++) {
      TreePath value = new TreePath(call, arguments.get(i));
      for (NameValue headerValue : evaluator.evaluate(value)) {
        NameValue name = cookieNameOf(headerValue);
        if (name != null) {
          judge(name, value, sink.label());
        }
      }
    }
  }

  /**
   * The cookie name a header value holds. A computed value is usually a cookie built with one of
   * the APIs whose calls are checked ({@code ResponseCookie.toString()}): null, not reported.
   */
  private static NameValue cookieNameOf(NameValue headerValue) {
    if (headerValue instanceof NameValue.Known known) {
      int equals = known.name().indexOf('=');
      return new NameValue.Known(
          (equals < 0 ? known.name() : known.name().substring(0, equals)).strip());
    }
    if (headerValue instanceof NameValue.Prefixed prefixed) {
      int equals = prefixed.prefix().indexOf('=');
      return equals < 0
          ? prefixed
          : new NameValue.Known(prefixed.prefix().substring(0, equals).strip());
    }
    return null;
  }

  private void judge(NameValue value, TreePath argument, String call) {
    if (value instanceof NameValue.Known known) {
      if (declared.covers(known.name())) {
        return;
      }
      if (known.declaration() == null) {
        report(argument, Message.UNDECLARED_COOKIE, known.name(), call);
      } else { // a library's constant, which its build did not record for the charter
        report(
            argument,
            Message.UNPUBLISHED_COOKIE,
            known.name(),
            call,
            known.declaration(),
            ProcessorOptions.UNDECLARED);
      }
    } else if (value instanceof NameValue.Prefixed prefixed) {
      if (!declared.coversFamily(prefixed.prefix())) {
        report(
            argument,
            Message.COMPUTED_COOKIE_NAME_AFTER_PREFIX,
            call,
            prefixed.prefix(),
            prefixed.prefix(),
            SUPPRESSION,
            ProcessorOptions.COMPUTED);
      }
    } else {
      report(argument, Message.COMPUTED_COOKIE_NAME, call, SUPPRESSION, ProcessorOptions.COMPUTED);
    }
  }

  private void report(TreePath argument, Message message, Object... args) {
    if (diagnostics.isOn(message) && !isSuppressed(argument)) {
      diagnostics.onTree(trees, argument, message, args);
    }
  }

  /** Whether a declaration around the call carries {@code @SuppressWarnings("cookie-charter")}. */
  private boolean isSuppressed(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      boolean declaration =
          leaf.getKind() == Tree.Kind.METHOD
              || leaf.getKind() == Tree.Kind.VARIABLE
              || leaf instanceof ClassTree;
      if (declaration) {
        Element element = trees.getElement(at);
        SuppressWarnings suppress =
            element == null ? null : element.getAnnotation(SuppressWarnings.class);
        if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The simple name a call shows: {@code from} in {@code ResponseCookie.from(...)}. */
  private static String simpleName(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName().toString();
    }
    if (tree instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    if (tree instanceof ParameterizedTypeTree parameterized) {
      return simpleName(parameterized.getType());
    }
    if (tree instanceof AnnotatedTypeTree annotated) {
      return simpleName(annotated.getUnderlyingType());
    }
    return "";
  }
}
