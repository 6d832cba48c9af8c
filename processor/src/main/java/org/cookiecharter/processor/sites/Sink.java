package org.cookiecharter.processor.sites;

/**
 * A method or constructor that sets a cookie.
 *
 * @param type the qualified name of the class or interface that declares it
 * @param method its name, or {@link #CONSTRUCTOR}
 * @param kind how the call names the cookie
 * @param index the argument that holds the cookie's name, or for a header, the header's name
 * @param minArguments the fewest arguments of a call that sets a cookie: an overload with fewer
 *     reads one (Javalin's {@code ctx.cookie(name)})
 */
public record Sink(String type, String method, Kind kind, int index, int minArguments) {
  /** The method name of a constructor, as in a class file. */
  public static final String CONSTRUCTOR = "<init>";

  /** How a call names the cookie it sets. */
  public enum Kind {
    /** One argument, a {@code String}, is the cookie's name. */
    COOKIE_NAME,
    /**
     * The call writes a header: when its name argument is {@code Set-Cookie}, each of the {@code
     * String} arguments after it is a header value, whose text before {@code =} is the cookie's
     * name.
     */
    SET_COOKIE_HEADER
  }

  static Sink name(String type, String method) {
    return new Sink(type, method, Kind.COOKIE_NAME, 0, 1);
  }

  static Sink nameAndValue(String type, String method) {
    return new Sink(type, method, Kind.COOKIE_NAME, 0, 2);
  }

  static Sink header(String type, String method) {
    return new Sink(type, method, Kind.SET_COOKIE_HEADER, 0, 2);
  }

  boolean isConstructor() {
    return method.equals(CONSTRUCTOR);
  }

  /** The simple name a call of this sink shows in the source: the method's, or the class's. */
  String simpleName() {
    return isConstructor() ? type.substring(type.lastIndexOf('.') + 1) : method;
  }

  /** How messages name the call: {@code new jakarta.servlet.http.Cookie(...)}. */
  String label() {
    return isConstructor() ? "new " + type + "(...)" : type + "." + method + "(...)";
  }

  /**
   * Parses one sink of the {@code cookiecharter.sinks} option: {@code com.acme.Cookies#set(0)}, or
   * {@code com.acme.AcmeCookie#<init>(1)} for a constructor.
   *
   * @throws IllegalArgumentException if {@code spec} is not of that form
   */
  public static Sink parse(String spec) {
    String trimmed = spec.strip();
    int hash = trimmed.indexOf('#');
    int open = trimmed.indexOf('(', hash + 1);
    if (hash <= 0 || open <= hash + 1 || !trimmed.endsWith(")")) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\" is not of the form com.example.Type#method(index)");
    }
    String type = trimmed.substring(0, hash);
    String method = trimmed.substring(hash + 1, open);
    String index = trimmed.substring(open + 1, trimmed.length() - 1).strip();
    if (!index.matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException(
          "the index of the name argument in \"" + trimmed + "\" must be a number from 0");
    }
    if (!isQualifiedName(type) || !(method.equals(CONSTRUCTOR) || isIdentifier(method))) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\" does not name a type and a method (or <init>)");
    }
    int nameIndex = Integer.parseInt(index);
    return new Sink(type, method, Kind.COOKIE_NAME, nameIndex, nameIndex + 1);
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
    return javax.lang.model.SourceVersion.isIdentifier(name)
        && !javax.lang.model.SourceVersion.isKeyword(name);
  }
}
