package org.cookiecharter.processor.calls;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.calls.FrameworkCookies.InjectedSessions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.DeclaredNames;

/**
 * An {@code HttpSession} that a framework gives the code ({@link
 * FrameworkCookies#INJECTED_SESSIONS}): a request handler's parameter, or an injected field. The
 * framework created the session, so the session cookie must be declared.
 */
final class InjectedSessionCheck {
  private final Trees trees;
  private final Name httpSession;
  private final Optional<String> sessionCookie;
  private final DeclaredNames declared;
  private final Diagnostics diagnostics;
  private final NameJudge judge;

  /**
   * @param httpSession the simple name of the session's types, which a variable's type must show
   *     before its element is asked for
   * @param sessionCookie the session cookie's name from the server's configuration
   */
  InjectedSessionCheck(
      Trees trees,
      Name httpSession,
      Optional<String> sessionCookie,
      DeclaredNames declared,
      Diagnostics diagnostics,
      NameJudge judge) {
    this.trees = trees;
    this.httpSession = httpSession;
    this.sessionCookie = sessionCookie;
    this.declared = declared;
    this.diagnostics = diagnostics;
    this.judge = judge;
  }

  /** Checks the variable declared at {@code path}. */
  void check(TreePath path, VariableTree tree) {
    if (!httpSession.equals(TreePaths.simpleName(tree.getType()))) {
      return;
    }
    InjectedSessions injected = FrameworkCookies.INJECTED_SESSIONS;
    String name = sessionCookie.orElse(FrameworkCookies.JSESSIONID);
    if (!diagnostics.isOn(Message.SESSION_COOKIE)
        || declared.covers(name)
        || !(trees.getElement(path) instanceof VariableElement variable)
        || !injected.sessionTypes().contains(variable.asType().toString())) {
      return;
    }
    String what = null;
    if (variable.getKind() == ElementKind.PARAMETER
        && variable.getEnclosingElement() instanceof ExecutableElement method
        && isRequestHandler(method, injected)) {
      what = Message.Fragment.SESSION_PARAMETER.format(variable.asType(), variable.getSimpleName());
    } else if (variable.getKind() == ElementKind.FIELD && isInjected(variable, injected)) {
      what = Message.Fragment.SESSION_FIELD.format(variable.asType(), variable.getSimpleName());
    }
    if (what != null) {
      judge.report(path, Message.SESSION_COOKIE, what, name, name, ProcessorOptions.SESSION_COOKIE);
    }
  }

  /** Whether {@code method} handles requests: it carries a handler annotation. */
  private static boolean isRequestHandler(ExecutableElement method, InjectedSessions injected) {
    for (String annotation : annotationNames(method)) {
      if (annotation.startsWith(injected.handlerPackage())
          && annotation.endsWith(injected.handlerSuffix())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code field} is injected: {@code @Autowired}, {@code @Inject}, {@code @Resource}. */
  private static boolean isInjected(VariableElement field, InjectedSessions injected) {
    for (String annotation : annotationNames(field)) {
      if (injected.injections().contains(annotation)) {
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
}
