package org.cookiecharter.processor.calls;

import java.util.ArrayList;
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
    Kind kind, String type, String name, List<String> parameters, boolean moreParameters)
    implements CallTable.Entries<CallMatcher> {
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

  @Override
  public List<CallMatcher> entries() {
    return List.of(this);
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

    /** The same methods on each of several types: Jakarta's and javax's. */
    NamedAny onDescendantOfAny(String... types) {
      return new NamedAny(Kind.INSTANCE_METHOD, List.of(types));
    }
  }

  /** {@code constructor().forClass(..)}. */
  static final class ForClass {
    Parameters forClass(String type) {
      return new Parameters(Kind.CONSTRUCTOR, type, CONSTRUCTOR);
    }

    /** The same constructor of each of several classes: Jakarta's and javax's. */
    ParametersAny forClassAny(String... types) {
      return new ParametersAny(Kind.CONSTRUCTOR, List.of(types), List.of(CONSTRUCTOR));
    }
  }

  /** {@code ...onDescendantOfAny(..).named(..)}. */
  static final class NamedAny {
    private final Kind kind;
    private final List<String> types;

    private NamedAny(Kind kind, List<String> types) {
      this.kind = kind;
      this.types = types;
    }

    ParametersAny named(String method) {
      return namedAnyOf(method);
    }

    /** Several methods that take the same parameters: {@code addHeader}, {@code setHeader}. */
    ParametersAny namedAnyOf(String... methods) {
      return new ParametersAny(kind, types, List.of(methods));
    }
  }

  /** The parameters of several methods or constructors written as one. */
  static final class ParametersAny {
    private final Kind kind;
    private final List<String> types;
    private final List<String> names;

    private ParametersAny(Kind kind, List<String> types, List<String> names) {
      this.kind = kind;
      this.types = types;
      this.names = names;
    }

    /** Exactly these parameters. */
    AnyOf withParameters(String... parameters) {
      return each(List.of(parameters), false);
    }

    /** These parameters first, then any others. */
    AnyOf withParametersStartingWith(String... parameters) {
      return each(List.of(parameters), true);
    }

    /** Every overload. */
    AnyOf withAnyParameters() {
      return withParametersStartingWith();
    }

    /** One matcher per type, then per name. */
    private AnyOf each(List<String> parameters, boolean moreParameters) {
      List<CallMatcher> each = new ArrayList<>();
      for (String type : types) {
        for (String name : names) {
          each.add(new CallMatcher(kind, type, name, parameters, moreParameters));
        }
      }
      return new AnyOf(each);
    }
  }

  /** Several matchers written as one, each made an entry of the same kind. */
  record AnyOf(List<CallMatcher> each) implements CallTable.Entries<CallMatcher> {
    AnyOf {
      each = List.copyOf(each);
    }

    @Override
    public List<CallMatcher> entries() {
      return each;
    }

    /** {@link CallMatcher#namesCookie} of each. */
    CallTable.Entries<Sink> namesCookie(int index) {
      return () -> each.stream().map(matcher -> matcher.namesCookie(index)).toList();
    }

    /** {@link CallMatcher#writesHeader} of each. */
    CallTable.Entries<Sink> writesHeader(int index) {
      return () -> each.stream().map(matcher -> matcher.writesHeader(index)).toList();
    }

    /** {@link CallMatcher#setsMaxAge} of each. */
    CallTable.Entries<MaxAgeSetter> setsMaxAge(int index) {
      return () -> each.stream().map(matcher -> matcher.setsMaxAge(index)).toList();
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

    /** Several methods that take the same parameters. */
    ParametersAny namedAnyOf(String... methods) {
      return new ParametersAny(kind, List.of(type), List.of(methods));
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
