package org.cookiecharter.processor.calls;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Arrays;
import javax.lang.model.element.Element;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * Judges a cookie name where the code writes it: nothing if it is declared, else an undeclared, an
 * unpublished or a computed name, unless {@code @SuppressWarnings("cookie-charter")} silences the
 * place. The one home of these verdicts, for the calls that set a cookie and for the names handed
 * to them ({@link NameFlows}).
 */
final class NameJudge {
  /** What {@code @SuppressWarnings} names to silence the calls inside a declaration. */
  static final String SUPPRESSION = "cookie-charter";

  private final Trees trees;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;

  NameJudge(Trees trees, DeclaredNames declared, Diagnostics diagnostics) {
    this.trees = trees;
    this.declared = declared;
    this.diagnostics = diagnostics;
  }

  /**
   * Reports the name {@code value} written at {@code at}, where {@code call} (as messages name it)
   * sets the cookie with it.
   */
  void judge(NameValue value, TreePath at, String call) {
    if (value instanceof NameValue.Known known) {
      if (declared.covers(known.name())) {
        return;
      }
      if (known.declaration() == null) {
        report(at, Message.UNDECLARED_COOKIE, known.name(), call);
      } else { // a library's constant, which its build did not record for the charter
        report(
            at,
            Message.UNPUBLISHED_COOKIE,
            known.name(),
            call,
            known.declaration(),
            ProcessorOptions.UNDECLARED);
      }
    } else if (value instanceof NameValue.Prefixed prefixed) {
      if (!declared.coversFamily(prefixed.prefix())) {
        report(
            at,
            Message.COMPUTED_COOKIE_NAME_AFTER_PREFIX,
            call,
            prefixed.prefix(),
            prefixed.prefix(),
            SUPPRESSION,
            ProcessorOptions.COMPUTED);
      }
    } else {
      report(at, Message.COMPUTED_COOKIE_NAME, call, SUPPRESSION, ProcessorOptions.COMPUTED);
    }
  }

  /** Reports {@code message} at {@code at}, unless it is off or the place is silenced. */
  void report(TreePath at, Message message, Object... args) {
    if (diagnostics.isOn(message) && !isSuppressed(at)) {
      diagnostics.onTree(trees, at, message, args);
    }
  }

  /** Whether a declaration around the call carries {@code @SuppressWarnings("cookie-charter")}. */
  private boolean isSuppressed(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      boolean declaration =
          leaf.getKind() == Tree.Kind.METHOD
              || leaf.getKind() == Tree.Kind.VARIABLE
              || leaf instanceof ClassTree;
      if (declaration) {
        Element element = trees.getElement(at);
        SuppressWarnings suppress =
            element == null ? null : element.getAnnotation(SuppressWarnings.class);
        if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
          return true;
        }
      }
    }
    return false;
  }
}
