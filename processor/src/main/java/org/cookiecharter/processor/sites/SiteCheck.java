package org.cookiecharter.processor.sites;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * Checks every call that sets a cookie, on the trees javac has attributed and flow-analysed: a
 * {@link TaskListener} on {@link TaskEvent.Kind#ANALYZE}, as the Checker Framework does. By then
 * annotation processing is over, so every declaration of the compilation is known.
 */
public final class SiteCheck implements TaskListener {
  private final Runnable checkpoint;
  private final Trees trees;
  private final ProcessingEnvironment javac;
  private final List<Sink> sinks;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;
  private final Diagnostic.Kind undeclared;
  private final Diagnostic.Kind computed;

  private ResolvedSinks resolved;
  private boolean failed;

  private SiteCheck(
      Runnable checkpoint,
      Trees trees,
      ProcessingEnvironment javac,
      List<Sink> sinks,
      DeclaredNames declared,
      Diagnostics diagnostics,
      Diagnostic.Kind undeclared,
      Diagnostic.Kind computed) {
    this.checkpoint = checkpoint;
    this.trees = trees;
    this.javac = javac;
    this.sinks = sinks;
    this.declared = declared;
    this.diagnostics = diagnostics;
    this.undeclared = undeclared;
    this.computed = computed;
  }

  /**
   * Registers the check with the compiler behind {@code environment}.
   *
   * @param checkpoint called before each class is checked (tests inject failures there)
   * @param customSinks the project's own cookie-setting methods, besides the built-in ones
   * @param undeclared how to report an undeclared cookie
   * @param computed how to report a computed name; null to not report them
   * @return why the check could not be registered, or empty if it is
   */
  public static Optional<String> register(
      ProcessingEnvironment environment,
      Runnable checkpoint,
      List<Sink> customSinks,
      DeclaredNames declared,
      Diagnostics diagnostics,
      Diagnostic.Kind undeclared,
      Diagnostic.Kind computed) {
    Optional<ProcessingEnvironment> javac = JavacEnvironments.unwrap(environment);
    if (javac.isEmpty()) {
      return Optional.of(
          "the processing environment, "
              + environment.getClass().getName()
              + ", is not javac's and wraps none that cookie-charter can find (Eclipse's compiler,"
              + " or a build tool's wrapper)");
    }
    try {
      List<Sink> sinks = new java.util.ArrayList<>(BuiltInSinks.ALL);
      sinks.addAll(customSinks);
      SiteCheck check =
          new SiteCheck(
              checkpoint,
              Trees.instance(javac.get()),
              javac.get(),
              List.copyOf(sinks),
              declared,
              diagnostics,
              undeclared,
              computed);
      JavacTask.instance(javac.get()).addTaskListener(check);
      return Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.of("javac's task is not available (" + e + ")");
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (failed || event.getKind() != TaskEvent.Kind.ANALYZE) {
      return;
    }
    try {
      checkpoint.run();
      TypeElement type = event.getTypeElement();
      CompilationUnitTree unit = event.getCompilationUnit();
      TreePath path = type == null ? null : trees.getPath(type);
      if (path == null || unit == null) {
        return;
      }
      if (resolved == null) {
        resolved = new ResolvedSinks(sinks, javac.getElementUtils(), javac.getTypeUtils());
      }
      new SiteScanner(trees, resolved, declared, diagnostics, undeclared, computed, unit)
          .scan(path, null);
    } catch (Throwable failure) { // never into javac: report once, then stop checking
      failed = true;
      diagnostics.internalError(failure);
    }
  }
}
