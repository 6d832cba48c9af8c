package org.cookiecharter.processor.calls;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.model.DeclaredNames;
import org.jspecify.annotations.Nullable;

/**
 * Walks a class's attributed tree once and hands each node to the checks that concern it: calls to
 * {@link SinkCallCheck} and {@link FrameworkCookieCheck}, variables to {@link
 * LocalClassDeclarationCheck}, {@link InjectedSessionCheck} and {@link LifetimeCheck}, and what
 * hands names on to {@link NameFlows}. A call is resolved only if the simple name it shows is a
 * sink's or a framework's trigger's, so the walk costs little more than itself.
 */
final class CallScanner extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final ResolvedSinks sinks;
  private final NameEvaluator evaluator;
  private final ObjectUses objects;
  private final LifetimeCheck lifetimes;
  private final NameFlows flows;
  private final SinkCallCheck sinkCalls;
  private final FrameworkCookieCheck frameworkCookies;
  private final LocalClassDeclarationCheck localClassDeclarations;
  private final InjectedSessionCheck injectedSessions;

  /**
   * @param httpSession the simple name of the session's types ({@link InjectedSessionCheck})
   * @param sessionCookie the session cookie's name from the server's configuration
   * @param fieldValues where the values of {@code static final} fields are kept
   */
  CallScanner(
      Trees trees,
      ResolvedSinks sinks,
      Name httpSession,
      Optional<String> sessionCookie,
      DeclaredNames declared,
      Diagnostics diagnostics,
      Map<Element, Object> fieldValues,
      NameJudge judge,
      NameFlows flows) {
    this.trees = trees;
    this.sinks = sinks;
    this.flows = flows;
    LocalVariables locals = new LocalVariables(trees);
    this.objects = new ObjectUses(trees, sinks, locals);
    this.lifetimes = new LifetimeCheck(trees, diagnostics, fieldValues, sinks, declared, judge);
    this.evaluator = new NameEvaluator(trees, lifetimes.evaluator(), locals, sinks);
    this.sinkCalls = new SinkCallCheck(sinks, evaluator, objects, lifetimes, flows, judge);
    this.frameworkCookies =
        new FrameworkCookieCheck(
            trees, sinks, sessionCookie, declared, diagnostics, evaluator, objects, flows, judge);
    this.localClassDeclarations = new LocalClassDeclarationCheck(trees, diagnostics);
    this.injectedSessions =
        new InjectedSessionCheck(trees, httpSession, sessionCookie, declared, diagnostics, judge);
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    localClassDeclarations.check(getCurrentPath(), tree);
    injectedSessions.check(getCurrentPath(), tree);
    lifetimes.noteField(getCurrentPath(), tree);
    if (tree.getInitializer() != null
        && getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) {
      flows.noteAssignment(
          trees.getElement(getCurrentPath()),
          new TreePath(getCurrentPath(), tree.getInitializer()),
          evaluator);
    }
    return super.visitVariable(tree, unused);
  }

  @Override
  public Void visitMethod(MethodTree tree, Void unused) {
    flows.noteMethod(getCurrentPath(), evaluator);
    return super.visitMethod(tree, unused);
  }

  @Override
  public Void visitAssignment(AssignmentTree tree, Void unused) {
    TreePath variable = new TreePath(getCurrentPath(), tree.getVariable());
    flows.noteAssignment(
        trees.getElement(variable),
        new TreePath(getCurrentPath(), tree.getExpression()),
        evaluator);
    return super.visitAssignment(tree, unused);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
    TreePath variable = new TreePath(getCurrentPath(), tree.getVariable());
    flows.noteComputed(trees.getElement(variable), getCurrentPath());
    return super.visitCompoundAssignment(tree, unused);
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    check(TreePaths.simpleName(tree.getIdentifier()), tree.getArguments());
    flows.noteCall(getCurrentPath(), tree.getArguments(), evaluator, objects);
    return super.visitNewClass(tree, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    check(TreePaths.simpleName(tree.getMethodSelect()), tree.getArguments());
    flows.noteCall(getCurrentPath(), tree.getArguments(), evaluator, objects);
    return super.visitMethodInvocation(tree, unused);
  }

  /**
   * A method reference: to a framework's trigger ({@code flatMap(WebSession::changeSessionId)}),
   * whose cookie the framework sets when the reference is called, as for a call; to a method of the
   * code base ({@code forEach(this::set)}), whose {@code String} parameters then take names that no
   * call shows ({@link NameFlows#noteReference}).
   */
  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
    if (trees.getElement(getCurrentPath()) instanceof ExecutableElement method) {
      Name name =
          tree.getMode() == MemberReferenceTree.ReferenceMode.NEW
              ? Owners.of(method).getSimpleName() // X::new, as new X(..) shows it
              : tree.getName();
      if (sinks.mayMatch(name)) {
        frameworkCookies.check(getCurrentPath(), name, method, List.of());
      }
      flows.noteReference(getCurrentPath());
    }
    return super.visitMemberReference(tree, unused);
  }

  /** A call: resolved only if a sink's or a trigger's simple name is the one it shows. */
  private void check(@Nullable Name simpleName, List<? extends ExpressionTree> arguments) {
    if (simpleName == null || !sinks.mayMatch(simpleName)) {
      return;
    }
    TreePath call = getCurrentPath();
    if (!(trees.getElement(call) instanceof ExecutableElement method)) {
      return;
    }
    frameworkCookies.check(call, simpleName, method, arguments);
    sinkCalls.check(call, simpleName, method, arguments);
  }
}
