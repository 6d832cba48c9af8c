package org.cookiecharter.processor.calls;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.validation.AnnotatedElements;

/**
 * A {@code @DeclaredCookie} constant of a local or anonymous class: annotation processing never saw
 * it, so only the walk of the code can say that the charter misses it.
 */
final class LocalClassDeclarationCheck {
  private final Trees trees;
  private final Diagnostics diagnostics;

  LocalClassDeclarationCheck(Trees trees, Diagnostics diagnostics) {
    this.trees = trees;
    this.diagnostics = diagnostics;
  }

  /** Checks the variable declared at {@code path}. */
  void check(TreePath path, VariableTree tree) {
    if (!tree.getModifiers().getAnnotations().isEmpty()
        && trees.getElement(path) instanceof VariableElement field
        && field.getKind() == ElementKind.FIELD
        && field.getEnclosingElement() instanceof TypeElement owner
        && (owner.getNestingKind() == NestingKind.LOCAL
            || owner.getNestingKind() == NestingKind.ANONYMOUS)
        && AnnotatedElements.isDeclaredCookie(field)) {
      diagnostics.onTree(
          trees,
          path,
          Message.LOCAL_CLASS_DECLARATION,
          field.getSimpleName(),
          String.valueOf(field.getConstantValue()));
    }
  }
}
