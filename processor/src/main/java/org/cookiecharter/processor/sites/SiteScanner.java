package org.cookiecharter.processor.sites;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * Visits one class's attributed tree and reports each call that sets a cookie whose name is not
 * declared. A call is resolved only if the simple name it shows is a sink's, so the scan costs
 * little more than the walk itself.
 */
final class SiteScanner extends TreePathScanner<Void, Void> {
  static final String SUPPRESSION = "cookie-charter";

  private final Trees trees;
  private final ResolvedSinks sinks;
  private final NameEvaluator evaluator;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;
  private final Diagnostic.Kind undeclared;
  /** Null: computed names are not reported. */
  private final Diagnostic.Kind computed;
  private final CompilationUnitTree unit;

  SiteScanner(
      Trees trees,
      ResolvedSinks sinks,
      DeclaredNames declared,
      Diagnostics diagnostics,
      Diagnostic.Kind undeclared,
      Diagnostic.Kind computed,
      CompilationUnitTree unit) {
    this.trees = trees;
    this.sinks = sinks;
    this.evaluator = new NameEvaluator(trees);
    this.declared = declared;
    this.diagnostics = diagnostics;
    this.undeclared = undeclared;
    this.computed = computed;
    this.unit = unit;
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
    Element element = trees.getElement(call);
    if (!(element instanceof ExecutableElement method)) {
      return;
    }
    Sink sink = sinks.match(simpleName, method, arguments.size());
    if (sink == null) {
      return;
    }
    if (sink.kind() == Sink.Kind.COOKIE_NAME) {
      TreePath argument = new TreePath(call, arguments.get(sink.index()));
      for (NameValue value : evaluator.evaluate(argument)) {
        judge(value, argument, sink.label());
      }
    } else {
      checkHeader(call, arguments, sink);
    }
  }

  /** A {@code Set-Cookie} header: the name is the text of each value before {@code =}. */
  private void checkHeader(TreePath call, List<? extends ExpressionTree> arguments, Sink sink) {
    List<NameValue> header = evaluator.evaluate(new TreePath(call, arguments.get(sink.index())));
    boolean setCookie =
        header.size() == 1
            && header.get(0) instanceof NameValue.Known known
            && known.name().equalsIgnoreCase("Set-Cookie");
    if (!setCookie) {
      return;
    }
    String label = "a Set-Cookie header, " + sink.label();
    for (int i = sink.index() + 1; i < arguments.size(); i++) {
      TreePath value = new TreePath(call, arguments.get(i));
      for (NameValue headerValue : evaluator.evaluate(value)) {
        NameValue name = cookieNameOf(headerValue);
        if (name != null) {
          judge(name, value, label);
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
          (equals < 0 ? known.name() : known.name().substring(0, equals)).strip(), false);
    }
    if (headerValue instanceof NameValue.Prefixed prefixed) {
      int equals = prefixed.prefix().indexOf('=');
      return equals < 0
          ? prefixed
          : new NameValue.Known(prefixed.prefix().substring(0, equals).strip(), false);
    }
    return null;
  }

  private void judge(NameValue value, TreePath argument, String label) {
    if (value instanceof NameValue.Known known) {
      if (!known.fromDeclaration() && !declared.covers(known.name()) && !isSuppressed(argument)) {
        diagnostics.report(
            Message.UNDECLARED_COOKIE, undeclared, trees, argument.getLeaf(), unit, known.name(), label);
      }
    } else if (value instanceof NameValue.Prefixed prefixed) {
      if (!declared.coversFamily(prefixed.prefix())) {
        reportComputed(
            argument,
            label,
            "starts with \"" + prefixed.prefix() + "\", then is computed at run time",
            ", or declare its family with a wildcard name, \"" + prefixed.prefix() + "*\"");
      }
    } else {
      reportComputed(argument, label, "is computed at run time", "");
    }
  }

  private void reportComputed(TreePath argument, String label, String what, String fix) {
    if (computed != null && !isSuppressed(argument)) {
      diagnostics.report(
          Message.COMPUTED_COOKIE_NAME, computed, trees, argument.getLeaf(), unit, label, what, fix);
    }
  }

  /** Whether a declaration around the call carries {@code @SuppressWarnings("cookie-charter")}. */
  private boolean isSuppressed(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree.Kind kind = at.getLeaf().getKind();
      boolean declaration =
          kind == Tree.Kind.METHOD || kind == Tree.Kind.VARIABLE || at.getLeaf() instanceof com.sun.source.tree.ClassTree;
      if (declaration) {
        Element element = trees.getElement(at);
        SuppressWarnings suppress = element == null ? null : element.getAnnotation(SuppressWarnings.class);
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
