package org.cookiecharter.processor.calls;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import org.cookiecharter.processor.VisibleTypes;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * Checks every call that sets a cookie, on the trees javac has attributed and flow-analysed: a
 * {@link TaskListener} on {@link TaskEvent.Kind#ANALYZE}, as the Checker Framework does. By then
 * annotation processing is over, so every declaration of the compilation is known.
 */
public final class CallCheck implements TaskListener {
  /**
   * What the check needs from the processor.
   *
   * @param customSinks the project's own cookie-setting methods, besides the built-in ones
   * @param sessionCookie the session cookie's name where the server's configuration sets it
   * @param declared the compilation's declared names, complete once the rounds are over
   * @param diagnostics where to report, at the severities the options give
   * @param library whether other modules may call the code's methods ({@link NameFlows})
   * @param checkpoint called before each class is checked (tests inject failures there)
   */
  public record Settings(
      List<Sink> customSinks,
      Optional<String> sessionCookie,
      DeclaredNames declared,
      Diagnostics diagnostics,
      boolean library,
      Runnable checkpoint) {}

  private final Settings settings;
  private final Trees trees;
  private final ProcessingEnvironment javac;

  /** A scanner per module: each module sees its own classes (null key: no modules). */
  private final Map<ModuleElement, CallScanner> scanners = new HashMap<>();

  /** The values of {@code static final} fields, for every module's max-age check. */
  private final Map<Element, Object> fieldValues = new HashMap<>();

  private final NameJudge judge;
  private final NameFlows flows;

  /**
   * The top-level classes entered from source and not yet analysed: once none is left, every name
   * handed through the code is known.
   */
  private final Set<Name> notAnalysed = new HashSet<>();

  private boolean failed;

  private CallCheck(Settings settings, Trees trees, ProcessingEnvironment javac) {
    this.settings = settings;
    this.trees = trees;
    this.javac = javac;
    this.judge = new NameJudge(trees, settings.declared(), settings.diagnostics());
    this.flows =
        new NameFlows(trees, javac.getElementUtils(), javac.getTypeUtils(), settings.library());
  }

  /**
   * Registers the check with the compiler behind {@code environment}.
   *
   * @return why the check could not be registered, or empty if it is
   */
  public static Optional<String> register(ProcessingEnvironment environment, Settings settings) {
    Optional<ProcessingEnvironment> javac = JavacEnvironments.unwrap(environment);
    if (javac.isEmpty()) {
      return Optional.of(Message.Fragment.NOT_JAVAC.format(environment.getClass().getName()));
    }
    try {
      CallCheck check = new CallCheck(settings, Trees.instance(javac.get()), javac.get());
      JavacTask.instance(javac.get()).addTaskListener(check);
      return Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.of(Message.Fragment.NO_JAVAC_TASK.format(e));
    }
  }

  /**
   * The path of a top-level class, the only kind that javac analyses one by one: taken from its
   * compilation unit, where {@code Trees.getPath(Element)} would search the unit's trees for it.
   */
  private TreePath pathOf(CompilationUnitTree unit, TypeElement type) {
    if (unit != null) {
      TreePath top = new TreePath(unit);
      for (Tree declaration : unit.getTypeDecls()) {
        TreePath path = new TreePath(top, declaration);
        if (declaration instanceof ClassTree && type.equals(trees.getElement(path))) {
          return path;
        }
      }
    }
    return trees.getPath(type);
  }

  /** The scanner of code that sees the classes {@code visible} finds, its sinks resolved. */
  private CallScanner scanner(VisibleTypes visible) {
    List<Sink> sinks = new ArrayList<>(BuiltInSinks.ALL);
    sinks.addAll(settings.customSinks());
    ResolvedSinks resolved =
        new ResolvedSinks(
            sinks,
            FrameworkCookies.ALL,
            BuiltInSinks.CLIENT_SIDE,
            BuiltInSinks.MAX_AGE,
            BuiltInSinks.WRITES_ITSELF,
            BuiltInSinks.COOKIE_TYPES,
            visible,
            javac.getElementUtils(),
            javac.getTypeUtils());
    return new CallScanner(
        trees,
        resolved,
        javac.getElementUtils().getName("HttpSession"),
        settings.sessionCookie(),
        settings.declared(),
        settings.diagnostics(),
        fieldValues,
        judge,
        flows);
  }

  @Override
  public void finished(TaskEvent event) {
    if (failed) {
      return;
    }
    try {
      switch (event.getKind()) {
        case ENTER -> entered(event.getCompilationUnit());
        case ANALYZE -> analysed(event);
        case COMPILATION -> flows.judge(judge); // if javac stopped before analysing every class
        default -> {
          // no other event concerns the check
        }
      }
    } catch (Throwable failure) { // never into javac: report once, then stop checking
      failed = true;
      settings.diagnostics().internalError(failure);
    }
  }

  /** The classes of a compilation unit entered from source, in any round. */
  private void entered(CompilationUnitTree unit) {
    if (unit == null) {
      return;
    }
    TreePath top = new TreePath(unit);
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree
          && trees.getElement(new TreePath(top, declaration)) instanceof TypeElement type) {
        flows.compiles(type);
        notAnalysed.add(type.getQualifiedName());
      }
    }
  }

  private void analysed(TaskEvent event) {
    settings.checkpoint().run();
    TypeElement type = event.getTypeElement();
    TreePath path = type == null ? null : pathOf(event.getCompilationUnit(), type);
    if (path == null) {
      return;
    }
    VisibleTypes visible = VisibleTypes.from(javac.getElementUtils(), type);
    scanners.computeIfAbsent(visible.module(), module -> scanner(visible)).scan(path, null);
    if (notAnalysed.remove(type.getQualifiedName()) && notAnalysed.isEmpty()) {
      flows.judge(judge); // the last class: javac prints its count of errors after this
    }
  }
}
