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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import org.jspecify.annotations.Nullable;

/**
 * The local variables of the method (or initializer) being checked, read in one walk of it and kept
 * until the check moves to another: {@link NameEvaluator} and {@link ObjectUses} ask for a variable
 * at every argument that reads one, and a walk per question would cost a walk of the method per
 * call.
 */
final class LocalVariables {
  private final Trees trees;
  private @Nullable Tree scope;
  private Map<VariableElement, LocalVariable> variables = Map.of();

  LocalVariables(Trees trees) {
    this.trees = trees;
  }

  /** The variable {@code local}, found in the method around {@code at}. */
  LocalVariable of(TreePath at, VariableElement local) {
    TreePath scopePath = at;
    while (scopePath.getParentPath() != null
        && !(scopePath.getLeaf() instanceof MethodTree)
        && !(scopePath.getLeaf() instanceof ClassTree)) {
      scopePath = scopePath.getParentPath();
    }
    if (scopePath.getLeaf() != scope) {
      scope = scopePath.getLeaf();
      variables = read(scopePath);
    }
    LocalVariable variable = variables.get(local);
    return variable == null ? new LocalVariable(null, List.of(), false) : variable;
  }

  /** Every local variable of the scope: its initializer, its reads, whether it is assigned. */
  private Map<VariableElement, LocalVariable> read(TreePath scopePath) {
    Map<VariableElement, TreePath> initializers = new HashMap<>();
    Map<VariableElement, List<TreePath>> reads = new HashMap<>();
    Set<VariableElement> assigned = new HashSet<>();
    Set<Name> names = new HashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof VariableElement local
            && local.getKind() == ElementKind.LOCAL_VARIABLE) {
          names.add(local.getSimpleName());
          reads.putIfAbsent(local, new ArrayList<>());
          if (variable.getInitializer() != null) {
            initializers.put(local, new TreePath(getCurrentPath(), variable.getInitializer()));
          }
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (names.contains(identifier.getName())
            && trees.getElement(getCurrentPath()) instanceof VariableElement local
            && reads.containsKey(local)) {
          if (isAssignedTo(getCurrentPath())) {
            assigned.add(local);
          } else {
            reads.get(local).add(getCurrentPath());
          }
        }
        return null;
      }
    }.scan(scopePath, null);
    Map<VariableElement, LocalVariable> variables = new HashMap<>();
    for (Map.Entry<VariableElement, List<TreePath>> local : reads.entrySet()) {
      variables.put(
          local.getKey(),
          new LocalVariable(
              initializers.get(local.getKey()),
              List.copyOf(local.getValue()),
              assigned.contains(local.getKey())));
    }
    return variables;
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
