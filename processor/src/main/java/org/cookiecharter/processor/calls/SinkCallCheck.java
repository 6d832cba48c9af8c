package org.cookiecharter.processor.calls;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import org.cookiecharter.SetCookieHeader;
import org.jspecify.annotations.Nullable;

/**
 * A call of a sink ({@link BuiltInSinks}, the project's own): each name it sets must be declared,
 * and its constant max-ages must fit the declaration ({@link LifetimeCheck}). A name handed in from
 * a parameter, field or getter of the code is judged where the code sets it ({@link NameFlows}).
 */
final class SinkCallCheck {
  private final ResolvedSinks sinks;
  private final NameEvaluator evaluator;
  private final ObjectUses objects;
  private final LifetimeCheck lifetimes;
  private final NameFlows flows;
  private final NameJudge judge;

  SinkCallCheck(
      ResolvedSinks sinks,
      NameEvaluator evaluator,
      ObjectUses objects,
      LifetimeCheck lifetimes,
      NameFlows flows,
      NameJudge judge) {
    this.sinks = sinks;
    this.evaluator = evaluator;
    this.objects = objects;
    this.lifetimes = lifetimes;
    this.flows = flows;
    this.judge = judge;
  }

  /** Checks a call of {@code method}, whose simple name the code shows, at {@code call}. */
  void check(
      TreePath call,
      Name simpleName,
      ExecutableElement method,
      List<? extends ExpressionTree> arguments) {
    // this(..) makes no new object: the call that made it is checked
    Optional<Sink> matched =
        sinks.isThisCall(simpleName) ? Optional.empty() : sinks.match(simpleName, method);
    if (matched.isEmpty() || matched.get().index() >= arguments.size()) {
      return;
    }
    Sink sink = matched.get();
    TreePath argument = new TreePath(call, arguments.get(sink.index()));
    switch (sink.argument()) {
      case COOKIE_NAME -> checkName(call, method, arguments, sink, argument);
      case HEADER_NAME -> checkHeader(call, argument, arguments, sink);
    }
  }

  /** The argument that names the cookie, and the max-ages set with it. */
  private void checkName(
      TreePath call,
      ExecutableElement method,
      List<? extends ExpressionTree> arguments,
      Sink sink,
      TreePath argument) {
    ObjectUses.@Nullable Uses uses = null;
    if (ObjectUses.makesObject(method)) {
      uses = objects.follow(call);
      if (!uses.reachesResponse() || uses.clears()) {
        return; // a client's cookie, a template, or a deletion: it sets no cookie
      }
    }
    List<NameValue> names = new ArrayList<>();
    List<TreePath> maxAges = lifetimes.maxAges(call, method, arguments, uses);
    for (TreePath alternative : evaluator.alternatives(argument)) {
      NameValue value = evaluator.evaluate(alternative).get(0);
      TreePath origin = value instanceof NameValue.Computed ? evaluator.origin(alternative) : null;
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
            lifetimes.ofHandedNames(lifetimes.constantMaxAges(maxAges), sink.label()));
      } else {
        names.add(value);
        judge.judge(value, argument, sink.label());
      }
    }
    lifetimes.check(names, maxAges, sink.label());
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
        checkHeaderValue(value, text, sink);
      }
    }
  }

  /** One text that a {@code Set-Cookie} header's value at {@code value} may hold. */
  private void checkHeaderValue(TreePath value, String text, Sink sink) {
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
            lifetimes.ofHandedNames(
                maxAge.isPresent() ? Map.of(value, maxAge.getAsLong()) : Map.of(), sink.label()));
        return;
      }
      name = new NameValue.Computed(); // built from a name that is not a constant
    }
    if (name != null) {
      judge.judge(name, value, sink.label());
      OptionalLong maxAge = SetCookieHeader.maxAge(text);
      if (maxAge.isPresent() && lifetimes.isChecked()) {
        lifetimes.check(name, maxAge.getAsLong(), value, sink.label());
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
}
