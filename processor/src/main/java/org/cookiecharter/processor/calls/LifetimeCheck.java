package org.cookiecharter.processor.calls;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.charter.LifetimeWording;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaredNames;
import org.jspecify.annotations.Nullable;

/**
 * The rule that the code must not outlive the declaration: a constant max-age longer than the
 * declared duration, or any on a session cookie, is an error; one on a cookie that declares no
 * duration proposes the duration to declare. A max-age of zero or less (a deletion, a session
 * cookie) is never reported.
 */
final class LifetimeCheck {
  private static final long DAY = 86_400;

  private static final Set<Modifier> STATIC_FINAL = Set.of(Modifier.STATIC, Modifier.FINAL);

  private final Trees trees;
  private final MaxAgeEvaluator evaluator;
  private final ResolvedSinks sinks;
  private final DeclaredNames declared;
  private final NameJudge judge;
  private final boolean checked;
  private @Nullable LifetimeWording wording;

  /** A message and its arguments. */
  record Problem(Message message, Object... args) {}

  /**
   * @param fields where the values of {@code static final} fields are kept, for every class of the
   *     compilation ({@link MaxAgeEvaluator})
   */
  LifetimeCheck(
      Trees trees,
      Diagnostics diagnostics,
      Map<Element, Object> fields,
      ResolvedSinks sinks,
      DeclaredNames declared,
      NameJudge judge) {
    this.trees = trees;
    this.evaluator = new MaxAgeEvaluator(trees, fields);
    this.sinks = sinks;
    this.declared = declared;
    this.judge = judge;
    this.checked =
        diagnostics.isOn(Message.LIFETIME_EXCEEDS_DECLARATION)
            || diagnostics.isOn(Message.MAX_AGE_ON_SESSION_COOKIE)
            || diagnostics.isOn(Message.UNDECLARED_LIFETIME);
  }

  /** Whether any of the rule's messages is reported: else max-ages are not looked for. */
  boolean isChecked() {
    return checked;
  }

  /** The evaluator of max-ages, which also folds the numbers of a header's value. */
  MaxAgeEvaluator evaluator() {
    return evaluator;
  }

  /** The constant max-age that the argument at {@code path} holds, in seconds. */
  OptionalLong seconds(TreePath path) {
    return evaluator.seconds(path);
  }

  /**
   * Notes the value of the {@code static final} field declared at {@code path} (or an interface's
   * field, static final unsaid), where a max-age may be read from.
   */
  void noteField(TreePath path, VariableTree tree) {
    if (tree.getInitializer() != null
        && path.getParentPath().getLeaf() instanceof ClassTree owner
        && (tree.getModifiers().getFlags().containsAll(STATIC_FINAL)
            || owner.getKind() == Tree.Kind.INTERFACE)
        && checked) {
      evaluator.noteField(path, tree);
    }
  }

  /**
   * The max-age arguments of a call that sets a cookie: its own, if it takes one, and those of the
   * calls on the object it makes, if it makes one that its method follows in a straight line.
   */
  List<TreePath> maxAges(
      TreePath call,
      ExecutableElement method,
      List<? extends ExpressionTree> arguments,
      ObjectUses.@Nullable Uses uses) {
    if (!checked) {
      return List.of();
    }
    List<TreePath> maxAges = new ArrayList<>();
    Optional<MaxAgeSetter> own = sinks.matchMaxAge(method);
    if (own.isPresent() && own.get().index() < arguments.size()) {
      maxAges.add(new TreePath(call, arguments.get(own.get().index())));
    }
    if (uses != null && uses.straight()) {
      for (TreePath ownCall : uses.ownCalls()) {
        List<? extends ExpressionTree> ownArguments =
            ((MethodInvocationTree) ownCall.getLeaf()).getArguments();
        Optional<MaxAgeSetter> setter =
            trees.getElement(ownCall) instanceof ExecutableElement ownMethod
                ? sinks.matchMaxAge(ownMethod)
                : Optional.empty();
        if (setter.isPresent() && setter.get().index() < ownArguments.size()) {
          maxAges.add(new TreePath(ownCall, ownArguments.get(setter.get().index())));
        }
      }
    }
    return maxAges;
  }

  /**
   * The max-ages among {@code maxAges} that are constant, with their seconds: read now, while the
   * trees are javac's attributed ones, for names judged after the last class.
   */
  Map<TreePath, Long> constantMaxAges(List<TreePath> maxAges) {
    Map<TreePath, Long> constant = new LinkedHashMap<>();
    for (TreePath maxAge : maxAges) {
      OptionalLong seconds = seconds(maxAge);
      if (seconds.isPresent()) {
        constant.put(maxAge, seconds.getAsLong());
      }
    }
    return constant;
  }

  /** The check of each name handed to a call that sets these constant max-ages. */
  Consumer<NameValue> ofHandedNames(Map<TreePath, Long> maxAges, String call) {
    if (maxAges.isEmpty()) {
      return name -> {};
    }
    return name -> maxAges.forEach((maxAge, seconds) -> check(name, seconds, maxAge, call));
  }

  /** Each constant max-age against the lifetime that each declared name's declaration gives. */
  void check(List<NameValue> names, List<TreePath> maxAges, String call) {
    for (TreePath maxAge : maxAges) {
      OptionalLong seconds = seconds(maxAge);
      if (seconds.isPresent()) {
        for (NameValue name : names) {
          check(name, seconds.getAsLong(), maxAge, call);
        }
      }
    }
  }

  /**
   * One max-age of a cookie whose name, or whose family ({@code "_pk_id." + id}), is declared; a
   * name that is not is reported as such, not here.
   */
  void check(NameValue name, long seconds, TreePath maxAge, String call) {
    Optional<CookieDeclaration> declaration =
        name instanceof NameValue.Known known
            ? declared.find(known.name())
            : name instanceof NameValue.Prefixed prefixed
                ? declared.findFamily(prefixed.prefix())
                : Optional.empty();
    if (declaration.isPresent()) {
      String shown =
          name instanceof NameValue.Known known ? known.name() : declaration.get().name();
      problem(shown, declaration.get(), seconds, call)
          .ifPresent(problem -> judge.report(maxAge, problem.message(), problem.args()));
    }
  }

  /** What is wrong with setting {@code name} with this max-age; empty if nothing. */
  Optional<Problem> problem(String name, CookieDeclaration declaration, long seconds, String call) {
    if (seconds <= 0) {
      return Optional.empty();
    }
    Optional<CookieLifetime> lifetime = declaration.lifetime();
    if (lifetime.isPresent() && lifetime.get().allowsMaxAge(seconds)) {
      return Optional.empty();
    }
    String words = wording().ofSeconds(seconds);
    if (lifetime.isEmpty()) {
      return Optional.of(
          new Problem(
              Message.UNDECLARED_LIFETIME,
              name,
              call,
              seconds,
              words,
              declaration.location(),
              proposal(seconds),
              ProcessorOptions.REQUIRE_DURATION));
    }
    if (lifetime.get().isSession()) {
      return Optional.of(
          new Problem(
              Message.MAX_AGE_ON_SESSION_COOKIE,
              name,
              call,
              seconds,
              words,
              declaration.location(),
              proposal(seconds)));
    }
    return Optional.of(
        new Problem(
            Message.LIFETIME_EXCEEDS_DECLARATION,
            name,
            call,
            seconds,
            words,
            declaration.location(),
            lifetime.get(),
            wording().of(lifetime.get()),
            lifetime.get().estimatedLength().orElseThrow().getSeconds()));
  }

  /** The duration to declare for a max-age: in days when it makes whole days. */
  private static String proposal(long seconds) {
    return seconds % DAY == 0 ? "P" + seconds / DAY + "D" : Duration.ofSeconds(seconds).toString();
  }

  private LifetimeWording wording() {
    if (wording == null) {
      wording = LifetimeWording.forMessages();
    }
    return wording;
  }
}
