package org.cookiecharter.processor.calls;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.calls.FrameworkCookies.EnumConstant;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * A call that makes a framework set a cookie of its own ({@link FrameworkCookies}): its name must
 * be declared, unless the condition of the framework's table does not hold, or the code renames the
 * cookie where this method shows it.
 */
final class FrameworkCookieCheck {
  private final Trees trees;
  private final ResolvedSinks sinks;
  private final Optional<String> sessionCookie;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;
  private final NameEvaluator evaluator;
  private final ObjectUses objects;
  private final NameFlows flows;
  private final NameJudge judge;

  FrameworkCookieCheck(
      Trees trees,
      ResolvedSinks sinks,
      Optional<String> sessionCookie,
      DeclaredNames declared,
      Diagnostics diagnostics,
      NameEvaluator evaluator,
      ObjectUses objects,
      NameFlows flows,
      NameJudge judge) {
    this.trees = trees;
    this.sinks = sinks;
    this.sessionCookie = sessionCookie;
    this.declared = declared;
    this.diagnostics = diagnostics;
    this.evaluator = evaluator;
    this.objects = objects;
    this.flows = flows;
    this.judge = judge;
  }

  /**
   * Checks a call, or a method reference ({@code flatMap(WebSession::changeSessionId)}, whose
   * cookie the framework sets when the reference is called, with no arguments shown), of {@code
   * method}, whose simple name the code shows.
   */
  void check(
      TreePath call,
      Name simpleName,
      ExecutableElement method,
      List<? extends ExpressionTree> args) {
    sinks
        .matchFramework(simpleName, method)
        .ifPresent(framework -> check(call, simpleName, method, args, framework));
  }

  private void check(
      TreePath call,
      Name simpleName,
      ExecutableElement method,
      List<? extends ExpressionTree> arguments,
      FrameworkCookie framework) {
    Message message = framework.sessionCookie() ? Message.SESSION_COOKIE : Message.FRAMEWORK_COOKIE;
    String name =
        framework.sessionCookie()
            ? sessionCookie.orElse(framework.cookieName())
            : framework.cookieName();
    if (!diagnostics.isOn(message) || declared.covers(name)) {
      return;
    }
    // this(..) makes no new object: the call that made it is checked
    if (sinks.isThisCall(simpleName) || isOwnImplementation(method, framework)) {
      return;
    }
    if (!sets(call, arguments, framework) || isRenamed(call, simpleName, framework)) {
      return;
    }
    String label = framework.trigger().label();
    if (framework.sessionCookie()) {
      judge.report(call, message, label, name, name, ProcessorOptions.SESSION_COOKIE);
    } else {
      judge.report(call, message, label, name, name, framework.renamedBy().get(0));
    }
  }

  /** Whether the framework's condition holds: the call sets the cookie. */
  private boolean sets(
      TreePath call, List<? extends ExpressionTree> arguments, FrameworkCookie framework) {
    return switch (framework.condition()) {
      case ALWAYS -> true;
      case UNLESS_FIRST_ARGUMENT_FALSE ->
          !(arguments.size() == 1
              && evaluator.evaluate(new TreePath(call, arguments.get(0))).stream()
                  .allMatch(
                      value ->
                          value instanceof NameValue.Known known && known.name().equals("false")));
      case UNLESS_STATELESS -> !namesInItsMethod(call, FrameworkCookies.STATELESS_SESSIONS);
    };
  }

  /**
   * Whether {@code method} is the code base's own implementation of the framework's method (a
   * request class of the code base, a mock shipped in main code): its own code decides, and a
   * container's session that it asks for is checked where it asks.
   */
  private boolean isOwnImplementation(ExecutableElement method, FrameworkCookie framework) {
    return !Owners.of(method).getQualifiedName().contentEquals(framework.trigger().type())
        && !method.getModifiers().contains(Modifier.ABSTRACT)
        && flows.isCompiled(method);
  }

  /**
   * Whether the code renames the framework's cookie where cookie-charter sees it: a renaming call
   * in the trigger's arguments (a configuration lambda), on the object it makes (followed through
   * its method), or, for a subclass's {@code super(..)}, anywhere in the subclass.
   */
  private boolean isRenamed(TreePath call, Name simpleName, FrameworkCookie framework) {
    if (framework.renamedBy().isEmpty()) {
      return false;
    }
    Set<String> renames = Set.copyOf(framework.renamedBy());
    if (TreePaths.containsCall(call, renames)) {
      return true;
    }
    if (sinks.isExplicitConstructorCall(simpleName)) {
      TreePath type = TreePaths.enclosing(call, ClassTree.class::isInstance);
      return type != null && TreePaths.containsCall(type, renames);
    }
    return objects.follow(call).calls(renames);
  }

  /** Whether the method around {@code call} names {@code constant}. */
  private boolean namesInItsMethod(TreePath call, EnumConstant constant) {
    TreePath method = TreePaths.enclosing(call, MethodTree.class::isInstance);
    if (method == null) {
      return false;
    }
    boolean[] named = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        note(identifier.getName());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        note(select.getIdentifier());
        return super.visitMemberSelect(select, unused);
      }

      private void note(Name name) {
        if (name.contentEquals(constant.name())
            && trees.getElement(getCurrentPath()) instanceof VariableElement found
            && found.getKind() == ElementKind.ENUM_CONSTANT
            && found.getEnclosingElement() instanceof TypeElement type
            && type.getQualifiedName().contentEquals(constant.type())) {
          named[0] = true;
        }
      }
    }.scan(method, null);
    return named[0];
  }
}
