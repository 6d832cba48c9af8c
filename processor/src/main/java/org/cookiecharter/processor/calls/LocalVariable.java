package org.cookiecharter.processor.calls;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.VariableElement;

/**
 * A local variable as the method (or initializer) that declares it shows it: what it is initialized
 * with, where it is read, and whether it is assigned after its declaration, where only the flow of
 * the method would tell its value. How {@link ObjectUses} follows an object and {@link
 * NameEvaluator} a name through a variable.
 *
 * @param initializer its initializer; null if it has none
 * @param reads where it is read, in source order
 * @param assigned whether it is assigned, plainly or compoundly ({@code +=}), after its declaration
 */
record LocalVariable(TreePath initializer, List<TreePath> reads, boolean assigned) {
  /** The variable {@code local}, found in the method around {@code at}. */
  static LocalVariable in(Trees trees, TreePath at, VariableElement local) {
    TreePath scope = at;
    while (scope.getParentPath() != null
        && !(scope.getLeaf() instanceof MethodTree)
        && !(scope.getLeaf() instanceof ClassTree)) {
      scope = scope.getParentPath();
    }
    TreePath[] initializer = {null};
    List<TreePath> reads = new ArrayList<>();
    boolean[] assigned = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (variable.getInitializer() != null && local.equals(trees.getElement(getCurrentPath()))) {
          initializer[0] = new TreePath(getCurrentPath(), variable.getInitializer());
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (identifier.getName().contentEquals(local.getSimpleName())
            && local.equals(trees.getElement(getCurrentPath()))) {
          if (isAssignedTo(getCurrentPath())) {
            assigned[0] = true;
          } else {
            reads.add(getCurrentPath());
          }
        }
        return null;
      }
    }.scan(scope, null);
    return new LocalVariable(initializer[0], reads, assigned[0]);
  }

  /** Whether the identifier at {@code path} is the target of an assignment, not a read. */
  private static boolean isAssignedTo(TreePath path) {
    Tree parent = path.getParentPath().getLeaf();
    return (parent instanceof AssignmentTree assignment
            && assignment.getVariable() == path.getLeaf())
        || (parent instanceof CompoundAssignmentTree compound
            && compound.getVariable() == path.getLeaf());
  }
}
