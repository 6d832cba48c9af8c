package org.cookiecharter.processor.calls;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/** The questions about trees that several checks ask, answered in one place. */
final class TreePaths {
  private TreePaths() {}

  /**
   * The simple name a call or type shows: {@code from} in {@code ResponseCookie.from(...)}; null if
   * none.
   */
  static @Nullable Name simpleName(Tree tree) {
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

  /**
   * The nearest tree around {@code path}, {@code path} included, that {@code is} accepts: the
   * method or the class a call is in. Null if none is.
   */
  static @Nullable TreePath enclosing(TreePath path, Predicate<Tree> is) {
    TreePath at = path;
    while (at != null && !is.test(at.getLeaf())) {
      at = at.getParentPath();
    }
    return at;
  }

  /** Whether the tree at {@code path} holds a call of a method named one of {@code names}. */
  static boolean containsCall(TreePath path, Set<String> names) {
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
}
