package org.cookiecharter.processor.calls;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.cookiecharter.SetCookieHeader;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaredNames;
import org.cookiecharter.processor.validation.AnnotatedElements;
import org.jspecify.annotations.Nullable;

/**
 * Visits a class's attributed tree and reports each call that sets a cookie whose name is not
 * declared. A call is resolved only if the simple name it shows is a sink's, so the scan costs
 * little more than the walk itself.
 */
final class CallScanner extends TreePathScanner<Void, Void> {
  private static final String SESSION_CREATION_POLICY =
      "org.springframework.security.config.http.SessionCreationPolicy";

  private static final Set<Modifier> STATIC_FINAL = Set.of(Modifier.STATIC, Modifier.FINAL);

  private static final Set<String> HTTP_SESSIONS =
      Set.of("jakarta.servlet.http.HttpSession", "javax.servlet.http.HttpSession");

  /** The package of Spring MVC's request mappings: @RequestMapping, @GetMapping... */
  private static final String SPRING_MAPPINGS = "org.springframework.web.bind.annotation.";

  /** The annotations that have a field injected. */
  private static final Set<String> INJECTIONS =
      Set.of(
          "org.springframework.beans.factory.annotation.Autowired",
          "jakarta.inject.Inject",
          "javax.inject.Inject",
          "jakarta.annotation.Resource",
          "javax.annotation.Resource");

  private final Trees trees;
  private final ResolvedSinks sinks;
  private final Name httpSession;
  private final NameEvaluator evaluator;
  private final ObjectUses objects;
  private final LifetimeCheck lifetimes;

  /** The session cookie's name from the server's configuration; else each framework's default. */
  private final Optional<String> sessionCookie;

  private final DeclaredNames declared;
  private final Diagnostics diagnostics;
  private final NameJudge judge;
  private final NameFlows flows;

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
    this.httpSession = httpSession;
    this.sessionCookie = sessionCookie;
    LocalVariables locals = new LocalVariables(trees);
    this.objects = new ObjectUses(trees, sinks, locals);
    this.lifetimes = new LifetimeCheck(trees, diagnostics, fieldValues);
    this.evaluator = new NameEvaluator(trees, lifetimes.evaluator(), locals, sinks);
    this.declared = declared;
    this.diagnostics = diagnostics;
    this.judge = judge;
    this.flows = flows;
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
    if (httpSession.equals(simpleName(tree.getType()))) {
      checkSessionVariable();
    }
    if (tree.getInitializer() != null
        && getCurrentPath().getParentPath().getLeaf() instanceof ClassTree owner
        && (tree.getModifiers().getFlags().containsAll(STATIC_FINAL)
            || owner.getKind() == Tree.Kind.INTERFACE) // whose fields are static final unsaid
        && lifetimes.isChecked()) {
      lifetimes.evaluator().noteField(getCurrentPath(), tree);
    }
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
    check(simpleName(tree.getIdentifier()), tree.getArguments());
    flows.noteCall(getCurrentPath(), tree.getArguments(), evaluator, objects);
    return super.visitNewClass(tree, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    check(simpleName(tree.getMethodSelect()), tree.getArguments());
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
        sinks
            .matchFramework(name, method)
            .ifPresent(
                framework -> checkFramework(getCurrentPath(), name, method, List.of(), framework));
      }
      flows.noteReference(getCurrentPath());
    }
    return super.visitMemberReference(tree, unused);
  }

  private void check(@Nullable Name simpleName, List<? extends ExpressionTree> arguments) {
    if (simpleName == null || !sinks.mayMatch(simpleName)) {
      return;
    }
    TreePath call = getCurrentPath();
    if (!(trees.getElement(call) instanceof ExecutableElement method)) {
      return;
    }
    sinks
        .matchFramework(simpleName, method)
        .ifPresent(framework -> checkFramework(call, simpleName, method, arguments, framework));
    // this(..) makes no new object: the call that made it is checked
    Optional<Sink> matched =
        sinks.isThisCall(simpleName) ? Optional.empty() : sinks.match(simpleName, method);
    if (matched.isEmpty() || matched.get().index() >= arguments.size()) {
      return;
    }
    Sink sink = matched.get();
    TreePath argument = new TreePath(call, arguments.get(sink.index()));
    switch (sink.argument()) {
      case COOKIE_NAME -> {
        ObjectUses.@Nullable Uses uses = null;
        if (ObjectUses.makesObject(method)) {
          uses = objects.follow(call);
          if (!uses.reachesResponse() || uses.clears()) {
            return; // a client's cookie, a template, or a deletion: it sets no cookie
          }
        }
        List<NameValue> names = new ArrayList<>();
        List<TreePath> maxAges = maxAges(call, method, arguments, uses);
        for (TreePath alternative : evaluator.alternatives(argument)) {
          NameValue value = evaluator.evaluate(alternative).get(0);
          TreePath origin =
              value instanceof NameValue.Computed ? evaluator.origin(alternative) : null;
          if (origin != null && evaluator.isCookieName(origin)) {
            continue; // a copy of a cookie, checked where that cookie is set
          }
          Element handed = origin == null ? null : flows.variable(origin);
          if (handed != null) {
            flows.relay(
                handed,
                alternative,
                sink.label(),
                false,
                judge,
                lifetimesOfHandedNames(constantMaxAges(maxAges), sink.label()));
          } else {
            names.add(value);
            judge.judge(value, argument, sink.label());
          }
        }
        checkMaxAges(names, maxAges, sink.label());
      }
      case HEADER_NAME -> checkHeader(call, argument, arguments, sink);
    }
  }

  /**
   * The max-age arguments of a call that sets a cookie: its own, if it takes one, and those of the
   * calls on the object it makes, if it makes one that its method follows in a straight line.
   */
  private List<TreePath> maxAges(
      TreePath call,
      ExecutableElement method,
      List<? extends ExpressionTree> arguments,
      ObjectUses.@Nullable Uses uses) {
    if (!lifetimes.isChecked()) {
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
  private Map<TreePath, Long> constantMaxAges(List<TreePath> maxAges) {
    Map<TreePath, Long> constant = new LinkedHashMap<>();
    for (TreePath maxAge : maxAges) {
      OptionalLong seconds = lifetimes.seconds(maxAge);
      if (seconds.isPresent()) {
        constant.put(maxAge, seconds.getAsLong());
      }
    }
    return constant;
  }

  /** The check of each name handed to a call that sets these constant max-ages. */
  private Consumer<NameValue> lifetimesOfHandedNames(Map<TreePath, Long> maxAges, String call) {
    if (maxAges.isEmpty()) {
      return name -> {};
    }
    return name -> maxAges.forEach((maxAge, seconds) -> checkMaxAge(name, seconds, maxAge, call));
  }

  /** Each constant max-age against the lifetime that each declared name's declaration gives. */
  private void checkMaxAges(List<NameValue> names, List<TreePath> maxAges, String call) {
    for (TreePath maxAge : maxAges) {
      OptionalLong seconds = lifetimes.seconds(maxAge);
      if (seconds.isPresent()) {
        for (NameValue name : names) {
          checkMaxAge(name, seconds.getAsLong(), maxAge, call);
        }
      }
    }
  }

  /**
   * One max-age of a cookie whose name, or whose family ({@code "_pk_id." + id}), is declared; a
   * name that is not is reported as such, not here.
   */
  private void checkMaxAge(NameValue name, long seconds, TreePath maxAge, String call) {
    Optional<CookieDeclaration> declaration =
        name instanceof NameValue.Known known
            ? declared.find(known.name())
            : name instanceof NameValue.Prefixed prefixed
                ? declared.findFamily(prefixed.prefix())
                : Optional.empty();
    if (declaration.isPresent()) {
      String shown =
          name instanceof NameValue.Known known ? known.name() : declaration.get().name();
      lifetimes
          .problem(shown, declaration.get(), seconds, call)
          .ifPresent(problem -> report(maxAge, problem.message(), problem.args()));
    }
  }

  /**
   * An {@code HttpSession} that Spring gives the code: a request handler's parameter, or an
   * injected field. Spring MVC resolves the parameter with {@code request.getSession()} (6.2.8 and
   * 7.0.10 ServletRequestMethodArgumentResolver), which creates the session.
   */
  private void checkSessionVariable() {
    String name = sessionCookie.orElse(FrameworkCookies.JSESSIONID);
    if (!diagnostics.isOn(Message.SESSION_COOKIE)
        || declared.covers(name)
        || !(trees.getElement(getCurrentPath()) instanceof VariableElement variable)
        || !HTTP_SESSIONS.contains(variable.asType().toString())) {
      return;
    }
    String what = null;
    if (variable.getKind() == ElementKind.PARAMETER
        && variable.getEnclosingElement() instanceof ExecutableElement method
        && isRequestHandler(method)) {
      what = Message.Fragment.SESSION_PARAMETER.format(variable.asType(), variable.getSimpleName());
    } else if (variable.getKind() == ElementKind.FIELD && isInjected(variable)) {
      what = Message.Fragment.SESSION_FIELD.format(variable.asType(), variable.getSimpleName());
    }
    if (what != null) {
      report(
          getCurrentPath(),
          Message.SESSION_COOKIE,
          what,
          name,
          name,
          ProcessorOptions.SESSION_COOKIE);
    }
  }

  /** Whether {@code method} handles requests: it carries a Spring MVC {@code @...Mapping}. */
  private static boolean isRequestHandler(ExecutableElement method) {
    for (String annotation : annotationNames(method)) {
      if (annotation.startsWith(SPRING_MAPPINGS) && annotation.endsWith("Mapping")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code field} is injected: {@code @Autowired}, {@code @Inject}, {@code @Resource}. */
  private static boolean isInjected(VariableElement field) {
    for (String annotation : annotationNames(field)) {
      if (INJECTIONS.contains(annotation)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> annotationNames(Element element) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      names.add(
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
    }
    return names;
  }

  /**
   * A call that makes a framework set a cookie of its own: its name must be declared, unless the
   * condition of the framework's table does not hold, or the code renames the cookie where this
   * method shows it.
   */
  private void checkFramework(
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
    boolean sets =
        switch (framework.condition()) {
          case ALWAYS -> true;
          case UNLESS_FIRST_ARGUMENT_FALSE ->
              !(arguments.size() == 1
                  && evaluator.evaluate(new TreePath(call, arguments.get(0))).stream()
                      .allMatch(
                          value ->
                              value instanceof NameValue.Known known
                                  && known.name().equals("false")));
          case UNLESS_STATELESS -> !asksForStatelessSessions(call);
        };
    if (!sets || isRenamed(call, simpleName, framework)) {
      return;
    }
    String label = framework.trigger().label();
    if (framework.sessionCookie()) {
      report(call, message, label, name, name, ProcessorOptions.SESSION_COOKIE);
    } else {
      report(call, message, label, name, name, framework.renamedBy().get(0));
    }
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
    if (containsCall(call, renames)) {
      return true;
    }
    if (sinks.isExplicitConstructorCall(simpleName)) {
      TreePath type = call;
      while (type != null && !(type.getLeaf() instanceof ClassTree)) {
        type = type.getParentPath();
      }
      return type != null && containsCall(type, renames);
    }
    return objects.follow(call).calls(renames);
  }

  /** Whether the tree at {@code path} holds a call of a method named one of {@code names}. */
  private static boolean containsCall(TreePath path, Set<String> names) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree invocation, Void unused) {
        Name name = simpleName(invocation.getMethodSelect());
        found[0] |= name != null && names.contains(name.toString());
        return super.visitMethodInvocation(invocation, unused);
      }
    }.scan(path, null);
    return found[0];
  }

  /** Whether the method around {@code call} asks Spring Security for stateless sessions. */
  private boolean asksForStatelessSessions(TreePath call) {
    TreePath method = call;
    while (method != null && !(method.getLeaf() instanceof MethodTree)) {
      method = method.getParentPath();
    }
    if (method == null) {
      return false;
    }
    boolean[] stateless = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        noteStateless(identifier.getName());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        noteStateless(select.getIdentifier());
        return super.visitMemberSelect(select, unused);
      }

      private void noteStateless(Name name) {
        if (name.contentEquals("STATELESS")
            && trees.getElement(getCurrentPath()) instanceof VariableElement constant
            && constant.getKind() == ElementKind.ENUM_CONSTANT
            && constant.getEnclosingElement() instanceof TypeElement policy
            && policy.getQualifiedName().contentEquals(SESSION_CREATION_POLICY)) {
          stateless[0] = true;
        }
      }
    }.scan(method, null);
    return stateless[0];
  }

  /**
   * A {@code Set-Cookie} header: the name is the text of each value before {@code =}; its {@code
   * Max-Age} attribute, where constant, is checked against the declaration.
   */
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
      for (String text : evaluator.texts(value)) {
        NameValue name = cookieNameOf(text);
        if (name == null && !evaluator.isCookieObjectText(value)) {
          Element handed =
              text.startsWith(NameEvaluator.COMPUTED + "=")
                  ? flows.variable(evaluator.firstPart(value))
                  : null;
          if (handed != null) {
            OptionalLong maxAge =
                lifetimes.isChecked() ? SetCookieHeader.maxAge(text) : OptionalLong.empty();
            flows.relay(
                handed,
                value,
                sink.label(),
                true,
                judge,
                lifetimesOfHandedNames(
                    maxAge.isPresent() ? Map.of(value, maxAge.getAsLong()) : Map.of(),
                    sink.label()));
            continue;
          }
          name = new NameValue.Computed(); // built from a name that is not a constant
        }
        if (name != null) {
          judge.judge(name, value, sink.label());
          OptionalLong maxAge = SetCookieHeader.maxAge(text);
          if (maxAge.isPresent() && lifetimes.isChecked()) {
            checkMaxAge(name, maxAge.getAsLong(), value, sink.label());
          }
        }
      }
    }
  }

  /**
   * The cookie name a header value's text holds, read as the run time reads it ({@link
   * SetCookieHeader#nameOf}). Null for a value computed from its start: a cookie object's text
   * ({@code ResponseCookie.toString()}), whose object is checked where it is made, or a value built
   * from a name that is not a constant.
   */
  private static @Nullable NameValue cookieNameOf(String text) {
    NameValue name = NameValue.of(SetCookieHeader.nameOf(text));
    return name instanceof NameValue.Computed ? null : name;
  }

  private void report(TreePath argument, Message message, Object... args) {
    judge.report(argument, message, args);
  }

  /**
   * The simple name a call or type shows: {@code from} in {@code ResponseCookie.from(...)}; null if
   * none.
   */
  private static @Nullable Name simpleName(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName();
    }
    if (tree instanceof MemberSelectTree select) {
      return select.getIdentifier();
    }
    if (tree instanceof ParameterizedTypeTree parameterized) {
      return simpleName(parameterized.getType());
    }
    if (tree instanceof AnnotatedTypeTree annotated) {
      return simpleName(annotated.getUnderlyingType());
    }
    return null;
  }
}
