package org.cookiecharter.processor.calls;

import static org.cookiecharter.processor.calls.CallMatcher.ANY;
import static org.cookiecharter.processor.calls.CallMatcher.STRING;
import static org.cookiecharter.processor.calls.CallMatcher.constructor;
import static org.cookiecharter.processor.calls.CallMatcher.instanceMethod;
import static org.cookiecharter.processor.calls.CallMatcher.staticMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.cookiecharter.processor.diagnostic.Message;

/**
 * A method or constructor that sets a cookie, and the argument of its calls that names the cookie.
 *
 * @param matcher which methods or constructors
 * @param argument what the argument at {@code index} holds
 * @param index the index of the argument that names the cookie, or the header
 */
public record Sink(CallMatcher matcher, Argument argument, int index)
    implements CallTable.Entries<Sink> {
  @Override
  public List<Sink> entries() {
    return List.of(this);
  }

  /** What the argument at the sink's index holds. */
  public enum Argument {
    /** The cookie's name, a {@code String}. */
    COOKIE_NAME,
    /**
     * A header's name: the call writes a header, and when it is {@code Set-Cookie}, each of the
     * {@code String} arguments after it is a header value, whose text before {@code =} is the
     * cookie's name.
     */
    HEADER_NAME
  }

  /** How messages name the call: {@code new jakarta.servlet.http.Cookie(...)}. */
  String label() {
    String call = matcher.label();
    return argument == Argument.HEADER_NAME
        ? Message.Fragment.SET_COOKIE_HEADER_CALL.format(call)
        : call;
  }

  /**
   * Parses one sink of the {@code cookiecharter.sinks} option: {@code com.acme.Cookies#set(0)}, or
   * {@code com.acme.AcmeCookie#<init>(1)} for a constructor. A method is its class's static method
   * and its class's instance method, overridden or not; the argument at the index is a {@code
   * String}, and the method may take more arguments after it.
   *
   * @throws IllegalArgumentException if {@code spec} is not of that form, with a message that says
   *     why
   */
  public static List<Sink> parse(String spec) {
    String trimmed = spec.strip();
    int hash = trimmed.indexOf('#');
    int open = trimmed.indexOf('(', hash + 1);
    if (hash <= 0 || open <= hash + 1 || !trimmed.endsWith(")")) {
      throw new IllegalArgumentException(Message.Fragment.SINK_NOT_A_METHOD.format(trimmed));
    }
    String type = trimmed.substring(0, hash);
    String method = trimmed.substring(hash + 1, open);
    String index = trimmed.substring(open + 1, trimmed.length() - 1).strip();
    if (!index.matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException(Message.Fragment.SINK_INDEX_NOT_A_NUMBER.format(trimmed));
    }
    boolean constructor = method.equals(CallMatcher.CONSTRUCTOR);
    if (!isQualifiedName(type) || !(constructor || isIdentifier(method))) {
      throw new IllegalArgumentException(Message.Fragment.SINK_NOT_A_NAME.format(trimmed));
    }
    int nameIndex = Integer.parseInt(index);
    List<String> parameters = new ArrayList<>(Collections.nCopies(nameIndex, ANY));
    parameters.add(STRING);
    String[] startingWith = parameters.toArray(String[]::new);
    if (constructor) {
      return List.of(
          constructor()
              .forClass(type)
              .withParametersStartingWith(startingWith)
              .namesCookie(nameIndex));
    }
    return List.of(
        staticMethod()
            .onClass(type)
            .named(method)
            .withParametersStartingWith(startingWith)
            .namesCookie(nameIndex),
        instanceMethod()
            .onDescendantOf(type)
            .named(method)
            .withParametersStartingWith(startingWith)
            .namesCookie(nameIndex));
  }

  private static boolean isQualifiedName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }
}
