package org.cookiecharter.processor.calls;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.diagnostic.Message;
import org.jspecify.annotations.Nullable;

/**
 * Cookie names handed through the code base's own parameters, fields and getters. A call that sets
 * a cookie whose name is such a variable ({@code new Cookie(name, value)} in a helper, {@code
 * response.addHeader("Set-Cookie", this.name + "=" + value)} in the code base's own cookie class)
 * is a relay: its name is what the code writes where it calls the helper, builds the cookie class
 * or assigns the field. The check notes those places as it walks each class, once, then judges the
 * names written there, at the lines that write them, once the last class is walked: a constant is
 * checked as if it were written at the call that sets the cookie; a value computed at run time is
 * the computed name; a variable nobody in the compilation fills (a parameter of a method that no
 * code here calls, a field that a framework injects) leaves the relay's own name computed.
 *
 * <p>javac lowers each class after its analysis, so what a place holds is read when its class is
 * walked, and only its tree is kept for the report.
 */
final class NameFlows {
  /** Where a variable's value comes from. */
  private sealed interface Source {}

  /**
   * A name written at {@code at}, as {@link NameEvaluator} reads it, that {@code taker} (a method
   * or constructor called, a field or parameter assigned) takes.
   */
  private record Written(NameValue value, TreePath at, Element taker) implements Source {}

  /** The value of another parameter, field or getter of the code base. */
  private record Handed(Element from) implements Source {}

  /** The value, computed at run time at {@code at}, that {@code taker} takes. */
  private record Computed(TreePath at, Element taker) implements Source {}

  /**
   * A call that sets a cookie whose name is {@code variable}'s value.
   *
   * @param at the name argument, or the header value
   * @param call the call that sets the cookie, as messages name it
   * @param header whether the value is a {@code Set-Cookie} header's, which starts with the name
   * @param lifetimes checks the max-ages that the call sets against each name handed to it
   */
  private record Relay(
      Element variable, TreePath at, String call, boolean header, Consumer<NameValue> lifetimes) {}

  /** A verdict to give once every class is walked. */
  private record Verdict(NameValue value, TreePath at, String call) {}

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final boolean library;

  /** The qualified names of the top-level classes that this compilation compiles from source. */
  private final Set<Name> compiled = new HashSet<>();

  private final Map<Element, List<Source>> sources = new HashMap<>();
  private final Set<ExecutableElement> called = new HashSet<>();
  private final List<Relay> relays = new ArrayList<>();
  private boolean judged;

  /**
   * @param library whether other modules may call the code's methods: then a parameter of a method
   *     they can see may take any name, and its relays keep their computed name
   */
  NameFlows(Trees trees, Elements elements, Types types, boolean library) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.library = library;
  }

  /** Notes a top-level class that this compilation compiles from source. */
  void compiles(TypeElement type) {
    compiled.add(type.getQualifiedName());
  }

  /**
   * The parameter, field or getter of the code base whose value the expression at {@code origin}
   * (past locals, {@link NameEvaluator#origin}) is; null if it is none.
   */
  @Nullable Element variable(TreePath origin) {
    Element element = trees.getElement(origin);
    return switch (origin.getLeaf().getKind()) {
      case IDENTIFIER, MEMBER_SELECT ->
          element instanceof VariableElement variable && isHolder(variable) ? variable : null;
      case METHOD_INVOCATION ->
          element instanceof ExecutableElement method
                  && method.getKind() == ElementKind.METHOD
                  && method.getParameters().isEmpty()
                  && NameEvaluator.isString(method.getReturnType())
                  && isCompiled(method)
              ? method
              : null;
      default -> null;
    };
  }

  /**
   * A call that sets a cookie with {@code variable}'s value as its name: judged once every class is
   * walked.
   */
  void relay(
      Element variable,
      TreePath at,
      String call,
      boolean header,
      NameJudge judge,
      Consumer<NameValue> lifetimes) {
    Relay relay = new Relay(variable, at, call, header, lifetimes);
    if (judged) { // a class walked after the last one expected (javac's implicit classes)
      give(verdicts(List.of(relay)), judge);
    } else {
      relays.add(relay);
    }
  }

  /**
   * A call of a method or constructor: the names it hands to the {@code String} parameters of one
   * of the code base's own.
   */
  void noteCall(
      TreePath call,
      List<? extends ExpressionTree> arguments,
      NameEvaluator evaluator,
      ObjectUses objects) {
    if (arguments.isEmpty() || !(trees.getElement(call) instanceof ExecutableElement resolved)) {
      return;
    }
    ExecutableElement callee = superConstructorOfAnonymous(resolved);
    List<? extends VariableElement> parameters = callee.getParameters();
    int count = Math.min(parameters.size(), arguments.size());
    if (callee.isVarArgs()) {
      count = Math.min(count, parameters.size() - 1);
    }
    boolean checked = false;
    for (int i = 0; i < count; i++) {
      VariableElement parameter = parameters.get(i);
      if (NameEvaluator.isString(parameter.asType())) {
        if (!checked) {
          checked = true;
          if (!isCompiled(callee)) {
            return;
          }
          called.add(callee);
          called.add(resolved); // an anonymous class's constructor passes them on to callee
          if (ObjectUses.makesObject(callee) && objects.follow(call).clears()) {
            return; // a deletion (its Max-Age set to 0): it hands no name on
          }
        }
        note(parameter, new TreePath(call, arguments.get(i)), callee, evaluator);
      }
    }
  }

  /**
   * For the constructor of an anonymous class ({@code new Task("tracker") { .. }}), the constructor
   * of its superclass that javac's implicit {@code super(..)} calls with the same arguments; else
   * {@code constructor} itself.
   */
  private ExecutableElement superConstructorOfAnonymous(ExecutableElement constructor) {
    if (constructor.getKind() != ElementKind.CONSTRUCTOR
        || !(constructor.getEnclosingElement() instanceof TypeElement anonymous)
        || anonymous.getNestingKind() != NestingKind.ANONYMOUS
        || !(types.asElement(anonymous.getSuperclass()) instanceof TypeElement superclass)) {
      return constructor;
    }
    for (ExecutableElement candidate :
        ElementFilter.constructorsIn(superclass.getEnclosedElements())) {
      List<? extends VariableElement> wanted = constructor.getParameters();
      List<? extends VariableElement> offered = candidate.getParameters();
      boolean same = wanted.size() == offered.size();
      for (int i = 0; same && i < wanted.size(); i++) {
        same =
            types.isSameType(
                types.erasure(wanted.get(i).asType()), types.erasure(offered.get(i).asType()));
      }
      if (same) {
        return candidate;
      }
    }
    return constructor;
  }

  /**
   * A method reference to a method or constructor of the code base ({@code forEach(this::set)}):
   * its {@code String} parameters take values that no call here shows.
   */
  void noteReference(TreePath reference) {
    if (trees.getElement(reference) instanceof ExecutableElement method && isCompiled(method)) {
      for (VariableElement parameter : method.getParameters()) {
        if (NameEvaluator.isString(parameter.asType())) {
          called.add(method);
          add(parameter, new Computed(reference, method));
        }
      }
    }
  }

  /** An assignment of a {@code String} field or parameter of the code base, or its initializer. */
  void noteAssignment(Element target, TreePath value, NameEvaluator evaluator) {
    if (target instanceof VariableElement variable && isHolder(variable)) {
      note(variable, value, variable, evaluator);
    }
  }

  /** A compound assignment ({@code name += "_v2"}): a value computed at run time. */
  void noteComputed(Element target, TreePath at) {
    if (target instanceof VariableElement variable && isHolder(variable)) {
      add(variable, new Computed(at, variable));
    }
  }

  /**
   * A method of the code base without parameters that returns a {@code String}, which a relay may
   * call for its name ({@code getName()}): what it returns, where its body is one {@code return},
   * and, for each method it overrides, that a call of that one may run this one.
   */
  void noteMethod(TreePath path, NameEvaluator evaluator) {
    MethodTree tree = (MethodTree) path.getLeaf();
    if (!tree.getParameters().isEmpty()
        || !(trees.getElement(path) instanceof ExecutableElement method)
        || method.getKind() != ElementKind.METHOD
        || !NameEvaluator.isString(method.getReturnType())) {
      return;
    }
    if (tree.getBody() != null
        && tree.getBody().getStatements().size() == 1
        && tree.getBody().getStatements().get(0) instanceof ReturnTree returned
        && returned.getExpression() != null) {
      TreePath value = new TreePath(new TreePath(path, returned), returned.getExpression());
      note(method, value, method, evaluator);
    }
    if (method.getEnclosingElement() instanceof TypeElement owner) {
      for (ExecutableElement overridden : overriddenBy(method, owner)) {
        add(overridden, new Handed(method));
      }
    }
  }

  /** Judges every relay's names, once every class is walked. */
  void judge(NameJudge judge) {
    if (judged) {
      return;
    }
    judged = true;
    give(verdicts(relays), judge);
    relays.clear();
  }

  /**
   * Gives each verdict once per place and name, in the order of the sources; where two calls take
   * the same name from one place, the message names the first by name, whatever order javac
   * analysed the classes in.
   */
  private void give(List<Verdict> verdicts, NameJudge judge) {
    Map<Tree, Set<NameValue>> given = new IdentityHashMap<>();
    verdicts.sort(
        Comparator.comparing((Verdict verdict) -> fileOf(verdict.at()))
            .thenComparingLong(this::startOf)
            .thenComparing(Verdict::call)
            .thenComparing(verdict -> verdict.value().toString()));
    for (Verdict verdict : verdicts) {
      if (given
          .computeIfAbsent(verdict.at().getLeaf(), leaf -> new HashSet<>())
          .add(verdict.value())) {
        judge.judge(verdict.value(), verdict.at(), verdict.call());
      }
    }
  }

  /**
   * The names that the code writes into {@code holder}, as verdicts of {@code relay}'s call; the
   * places that hand it theirs go on the queue, once.
   */
  private void follow(
      Relay relay,
      Element holder,
      List<Verdict> verdicts,
      Set<Element> seen,
      Deque<Element> queue) {
    for (Source source : sources.getOrDefault(holder, List.of())) {
      if (source instanceof Written written) {
        verdicts.add(
            new Verdict(
                relay.header() ? nameOfHeader(written.value()) : written.value(),
                written.at(),
                handedTo(written.taker(), relay.call())));
      } else if (source instanceof Computed computed) {
        verdicts.add(
            new Verdict(
                new NameValue.Computed(), computed.at(), handedTo(computed.taker(), relay.call())));
      } else if (source instanceof Handed handed && seen.add(handed.from())) {
        queue.add(handed.from());
      }
    }
  }

  private List<Verdict> verdicts(List<Relay> judged) {
    List<Verdict> verdicts = new ArrayList<>();
    for (Relay relay : judged) {
      int first = verdicts.size();
      Deque<Element> queue = new ArrayDeque<>(List.of(relay.variable()));
      Set<Element> seen = new HashSet<>(queue);
      boolean unknown = false;
      while (!queue.isEmpty()) {
        Element variable = queue.poll();
        List<Element> same = new ArrayList<>(List.of(variable));
        if (variable instanceof ExecutableElement getter) {
          Element field = sources.containsKey(getter) ? null : recordComponentField(getter);
          if (field != null && seen.add(field)) { // a record's accessor that javac wrote
            queue.add(field);
          }
          // a method that computes it; in a library, one that others may override
          unknown |=
              (field == null && !sources.containsKey(getter))
                  || (library && isVisibleToOthers(getter) && !isFinal(getter));
        } else if (variable.getKind() == ElementKind.PARAMETER) {
          same = sameParameters((VariableElement) variable);
          unknown |= !isCalled(same) || (library && isVisibleToOthers(variable));
        } else if (recordParameter(variable) instanceof VariableElement parameter) {
          if (seen.add(parameter)) { // the canonical constructor fills a record's field
            queue.add(parameter);
          }
        } else {
          // filled by reflection or injection; in a library, a field that others may assign
          unknown |=
              !sources.containsKey(variable)
                  || (library && isVisibleToOthers(variable) && !isFinal(variable));
        }
        for (Element holder : same) {
          follow(relay, holder, verdicts, seen, queue);
        }
      }
      if (unknown) {
        verdicts.add(new Verdict(new NameValue.Computed(), relay.at(), relay.call()));
      }
      verdicts.stream()
          .skip(first)
          .map(Verdict::value)
          .filter(value -> !(value instanceof NameValue.Computed))
          .distinct()
          .sorted(Comparator.comparing(NameValue::toString))
          .forEach(relay.lifetimes());
    }
    return verdicts;
  }

  /** The field of a record component whose accessor {@code method} is; null if none. */
  private static @Nullable Element recordComponentField(ExecutableElement method) {
    if (Owners.of(method).getKind() != ElementKind.RECORD) {
      return null;
    }
    for (RecordComponentElement component :
        ElementFilter.recordComponentsIn(Owners.of(method).getEnclosedElements())) {
      if (method.equals(component.getAccessor())) {
        for (VariableElement field :
            ElementFilter.fieldsIn(Owners.of(method).getEnclosedElements())) {
          if (field.getSimpleName().equals(component.getSimpleName())) {
            return field;
          }
        }
      }
    }
    return null;
  }

  /**
   * The parameter of a record's canonical constructor that fills the record's field {@code
   * variable}; null if {@code variable} is no record's field.
   */
  private @Nullable Element recordParameter(Element variable) {
    if (variable.getKind() != ElementKind.FIELD
        || Owners.of(variable).getKind() != ElementKind.RECORD) {
      return null;
    }
    TypeElement record = Owners.of(variable);
    List<? extends RecordComponentElement> components =
        ElementFilter.recordComponentsIn(record.getEnclosedElements());
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      boolean canonical = parameters.size() == components.size();
      for (int i = 0; canonical && i < parameters.size(); i++) {
        canonical =
            types.isSameType(
                types.erasure(parameters.get(i).asType()),
                types.erasure(components.get(i).asType()));
      }
      for (int i = 0; canonical && i < parameters.size(); i++) {
        if (components.get(i).getSimpleName().equals(variable.getSimpleName())) {
          return parameters.get(i);
        }
      }
    }
    return null;
  }

  /** The name a header value handed on holds: its text before {@code =}. */
  private static NameValue nameOfHeader(NameValue value) {
    if (value instanceof NameValue.Known known) {
      int equals = known.name().indexOf('=');
      return equals < 0
          ? known
          : new NameValue.Known(known.name().substring(0, equals).strip(), known.declaration());
    }
    return value;
  }

  /** The value at {@code at}, where {@code taker} takes it: what {@code variable} holds. */
  private void note(Element variable, TreePath at, Element taker, NameEvaluator evaluator) {
    for (TreePath alternative : evaluator.alternatives(at)) {
      NameValue value = evaluator.evaluate(alternative).get(0);
      if (value instanceof NameValue.Known known && known.name().isEmpty()) {
        continue; // "": a default that names no cookie
      }
      if (!(value instanceof NameValue.Computed)) {
        add(variable, new Written(value, alternative, taker));
        continue;
      }
      TreePath origin = evaluator.origin(alternative);
      if (origin.getLeaf().getKind() == Tree.Kind.NULL_LITERAL
          || isCopy(variable, origin)
          || evaluator.isCookieName(origin)) {
        continue; // no name, or the name of a cookie copied
      }
      Element from = variable(origin);
      add(variable, from == null ? new Computed(alternative, taker) : new Handed(from));
    }
  }

  private void add(Element variable, Source source) {
    sources.computeIfAbsent(variable, key -> new ArrayList<>()).add(source);
  }

  /**
   * Whether {@code origin} copies the field {@code variable} from another cookie, in a copy
   * constructor: read from a parameter of the constructor whose type the class is one of ({@code
   * this.name = other.getName()}). A copy is no new name.
   */
  private boolean isCopy(Element variable, TreePath origin) {
    if (variable.getKind() != ElementKind.FIELD) {
      return false;
    }
    ExpressionTree receiver = null;
    if (origin.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      receiver = select.getExpression();
    } else if (origin.getLeaf() instanceof MemberSelectTree select) {
      receiver = select.getExpression();
    }
    if (!(receiver instanceof IdentifierTree)) {
      return false;
    }
    TreePath method = TreePaths.enclosing(origin, MethodTree.class::isInstance);
    return method != null
        && trees.getElement(method) instanceof ExecutableElement constructor
        && constructor.getKind() == ElementKind.CONSTRUCTOR
        && trees.getElement(new TreePath(origin, receiver)) instanceof VariableElement parameter
        && constructor.getParameters().contains(parameter)
        && !((TypeElement) types.asElement(types.erasure(parameter.asType())))
            .getQualifiedName()
            .contentEquals("java.lang.Object")
        && types.isAssignable(
            types.erasure(Owners.of(constructor).asType()), types.erasure(parameter.asType()));
  }

  /**
   * The parameter and the same parameter of each method that its method overrides, where a call
   * through a supertype hands its names.
   */
  private List<Element> sameParameters(VariableElement parameter) {
    List<Element> same = new ArrayList<>(List.of(parameter));
    ExecutableElement method = (ExecutableElement) Owners.enclosing(parameter);
    int index = method.getParameters().indexOf(parameter);
    if (method.getKind() == ElementKind.METHOD
        && method.getEnclosingElement() instanceof TypeElement owner) {
      for (ExecutableElement overridden : overriddenBy(method, owner)) {
        same.add(overridden.getParameters().get(index));
      }
    }
    return same;
  }

  /** The methods of the supertypes of {@code owner} that {@code method} overrides. */
  private List<ExecutableElement> overriddenBy(ExecutableElement method, TypeElement owner) {
    List<ExecutableElement> overridden = new ArrayList<>();
    Deque<TypeMirror> supertypes = new ArrayDeque<>(types.directSupertypes(owner.asType()));
    Set<Element> visited = new HashSet<>();
    while (!supertypes.isEmpty()) {
      TypeMirror supertype = supertypes.poll();
      if (!(supertype instanceof DeclaredType declared) || !visited.add(declared.asElement())) {
        continue;
      }
      for (Element member : declared.asElement().getEnclosedElements()) {
        if (member instanceof ExecutableElement other
            && other.getSimpleName().equals(method.getSimpleName())
            && other.getParameters().size() == method.getParameters().size()
            && elements.overrides(method, other, owner)) {
          overridden.add(other);
        }
      }
      supertypes.addAll(types.directSupertypes(supertype));
    }
    return overridden;
  }

  /** Whether the code base calls a method whose parameter one of {@code parameters} is. */
  private boolean isCalled(List<Element> parameters) {
    for (Element parameter : parameters) {
      if (called.contains((ExecutableElement) parameter.getEnclosingElement())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether other modules can reach {@code element} (a parameter's method, a field, a method):
   * public or protected, in classes they see.
   */
  private static boolean isVisibleToOthers(Element element) {
    Element at = element.getKind() == ElementKind.PARAMETER ? Owners.enclosing(element) : element;
    for (; !(at instanceof PackageElement); at = Owners.enclosing(at)) {
      boolean member = at instanceof ExecutableElement || at instanceof VariableElement;
      if (!at.getModifiers().contains(Modifier.PUBLIC)
          && !(at.getModifiers().contains(Modifier.PROTECTED) && member)) {
        return false;
      }
    }
    return true;
  }

  /** Whether no other module can assign or override {@code element}. */
  private static boolean isFinal(Element element) {
    boolean method = element instanceof ExecutableElement;
    return element.getModifiers().contains(Modifier.FINAL)
        || (method && element.getModifiers().contains(Modifier.STATIC))
        || (method && Owners.of(element).getModifiers().contains(Modifier.FINAL));
  }

  /**
   * Whether {@code variable} can hand a name on: a {@code String} field that is no constant, or a
   * {@code String} parameter of a method or constructor (not of a lambda), of a class compiled
   * here.
   */
  private boolean isHolder(VariableElement variable) {
    if (!NameEvaluator.isString(variable.asType())) {
      return false;
    }
    return switch (variable.getKind()) {
      case FIELD -> variable.getConstantValue() == null && isCompiled(variable);
      case PARAMETER ->
          variable.getEnclosingElement() instanceof ExecutableElement method
              && method.getParameters().contains(variable)
              && isCompiled(method);
      default -> false;
    };
  }

  /** Whether {@code element} belongs to a class this compilation compiles from source. */
  boolean isCompiled(Element element) {
    Element top = element;
    while (top.getEnclosingElement() != null
        && !(top.getEnclosingElement() instanceof PackageElement)) {
      top = top.getEnclosingElement();
    }
    return top instanceof TypeElement type && compiled.contains(type.getQualifiedName());
  }

  /** How messages name what takes a name handed on, and the call it reaches. */
  private static String handedTo(Element taker, String call) {
    return Message.Fragment.HANDED_TO.format(label(taker), call);
  }

  private static String label(Element taker) {
    return switch (taker.getKind()) {
      case CONSTRUCTOR -> Message.Fragment.CONSTRUCTOR_CALL.format(typeName(Owners.of(taker)));
      case FIELD ->
          Message.Fragment.FIELD.format(typeName(Owners.of(taker)), taker.getSimpleName());
      case PARAMETER ->
          Message.Fragment.PARAMETER.format(taker.getSimpleName(), label(Owners.enclosing(taker)));
      default ->
          Message.Fragment.METHOD_CALL.format(typeName(Owners.of(taker)), taker.getSimpleName());
    };
  }

  /**
   * How messages name a class: its qualified name; a local class's simple name; an anonymous
   * class's superclass (or interface), as {@code new X(..) { .. }} shows it.
   */
  private static String typeName(Element element) {
    TypeElement type = (TypeElement) element;
    return switch (type.getNestingKind()) {
      case LOCAL -> type.getSimpleName().toString();
      case ANONYMOUS -> {
        TypeMirror named =
            type.getInterfaces().isEmpty() ? type.getSuperclass() : type.getInterfaces().get(0);
        yield named instanceof DeclaredType declared
            ? typeName(declared.asElement())
            : type.toString();
      }
      default -> type.getQualifiedName().toString();
    };
  }

  private String fileOf(TreePath at) {
    CompilationUnitTree unit = at.getCompilationUnit();
    return unit.getSourceFile().toUri().toString();
  }

  private long startOf(Verdict verdict) {
    return trees
        .getSourcePositions()
        .getStartPosition(verdict.at().getCompilationUnit(), verdict.at().getLeaf());
  }
}
