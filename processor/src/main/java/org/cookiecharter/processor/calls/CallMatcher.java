package org.cookiecharter.processor.calls;

import java.util.List;
import org.cookiecharter.processor.diagnostic.Message;

/**
 * Which methods or constructors a call may resolve to, written the way Error Prone's {@code
 * MethodMatchers} read:
 *
 * <pre>{@code
 * staticMethod().onClass("org.springframework.http.ResponseCookie").named("from")
 *     .withParametersStartingWith(STRING)
 * instanceMethod().onDescendantOf("jakarta.servlet.http.HttpServletResponse").named("addHeader")
 *     .withParameters(STRING, STRING)
 * constructor().forClass("jakarta.servlet.http.Cookie").withParameters(STRING, STRING)
 * }</pre>
 *
 * <p>{@link ResolvedSinks} applies it to the method javac resolved a call to.
 *
 * @param kind static method, instance method, or constructor
 * @param type the qualified (canonical) name of the class or interface
 * @param name the method's name; {@code <init>} for a constructor
 * @param parameters the types of the parameters, as qualified names ({@link #ANY}: any type)
 * @param moreParameters whether the method may take more parameters after these
 */
public record CallMatcher(
    Kind kind, String type, String name, List<String> parameters, boolean moreParameters) {
  /** In a parameter list: a parameter of any type. */
  public static final String ANY = "*";

  public static final String STRING = "java.lang.String";
  public static final String STRING_ARRAY = "java.lang.String[]";
  public static final String INT = "int";
  public static final String LONG = "long";
  public static final String BOOLEAN = "boolean";
  public static final String BOXED_INT = "java.lang.Integer";
  public static final String DURATION = "java.time.Duration";
  public static final String TEMPORAL_AMOUNT = "java.time.temporal.TemporalAmount";

  /** The method name of a constructor, as in a class file. */
  public static final String CONSTRUCTOR = "<init>";

  /** What a call resolves to. */
  public enum Kind {
    /** A static method declared in {@link #type()} itself. */
    STATIC_METHOD,
    /** An instance method declared in {@link #type()} or in a class that extends it. */
    INSTANCE_METHOD,
    /** A constructor of {@link #type()} itself. */
    CONSTRUCTOR
  }

  public CallMatcher {
    parameters = List.copyOf(parameters);
  }

  static OnClass staticMethod() {
    return new OnClass();
  }

  static OnDescendant instanceMethod() {
    return new OnDescendant();
  }

  static ForClass constructor() {
    return new ForClass();
  }

  /** A sink whose argument {@code index} is the name of the cookie it sets. */
  Sink namesCookie(int index) {
    return new Sink(this, Sink.Argument.COOKIE_NAME, index);
  }

  /**
   * A sink that writes a header: argument {@code index} is the header's name, and when it is {@code
   * Set-Cookie}, each argument after it is a value that starts with the cookie's name.
   */
  Sink writesHeader(int index) {
    return new Sink(this, Sink.Argument.HEADER_NAME, index);
  }

  /** A method whose argument {@code index} sets the Max-Age of the cookie it is called on. */
  MaxAgeSetter setsMaxAge(int index) {
    return new MaxAgeSetter(this, index);
  }

  /** The simple name a call shows in the source: the method's, or the class's for a constructor. */
  String simpleName() {
    return kind == Kind.CONSTRUCTOR ? type.substring(type.lastIndexOf('.') + 1) : name;
  }

  /** How messages name the call: {@code new jakarta.servlet.http.Cookie(...)}. */
  String label() {
    return kind == Kind.CONSTRUCTOR
        ? Message.Fragment.CONSTRUCTOR_CALL.format(type)
        : Message.Fragment.METHOD_CALL.format(type, name);
  }

  /** {@code staticMethod().onClass(..)}. */
  static final class OnClass {
    Named onClass(String type) {
      return new Named(Kind.STATIC_METHOD, type);
    }
  }

  /** {@code instanceMethod().onDescendantOf(..)}. */
  static final class OnDescendant {
    Named onDescendantOf(String type) {
      return new Named(Kind.INSTANCE_METHOD, type);
    }
  }

  /** {@code constructor().forClass(..)}. */
  static final class ForClass {
    Parameters forClass(String type) {
      return new Parameters(Kind.CONSTRUCTOR, type, CONSTRUCTOR);
    }
  }

  /** {@code ...named(..)}. */
  static final class Named {
    private final Kind kind;
    private final String type;

    private Named(Kind kind, String type) {
      this.kind = kind;
      this.type = type;
    }

    Parameters named(String method) {
      return new Parameters(kind, type, method);
    }
  }

  /** {@code ...withParameters(..)} or {@code ...withParametersStartingWith(..)}. */
  static final class Parameters {
    private final Kind kind;
    private final String type;
    private final String name;

    private Parameters(Kind kind, String type, String name) {
      this.kind = kind;
      this.type = type;
      this.name = name;
    }

    /** Exactly these parameters. */
    CallMatcher withParameters(String... types) {
      return new CallMatcher(kind, type, name, List.of(types), false);
    }

    /** These parameters first, then any others: every overload that starts so. */
    CallMatcher withParametersStartingWith(String... types) {
      return new CallMatcher(kind, type, name, List.of(types), true);
    }

    /** Every overload. */
    CallMatcher withAnyParameters() {
      return withParametersStartingWith();
    }
  }
}
