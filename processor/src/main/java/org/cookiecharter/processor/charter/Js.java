package org.cookiecharter.processor.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cookiecharter.Json;

/**
 * A JavaScript value of the consent banners' configurations, with its layout: a banner's class
 * builds the tree, and {@link #write} is the one writer of every configuration. Strings are JSON
 * strings ({@link Json#string}), also safe inside a {@code <script>} element.
 */
sealed interface Js {
  /** A string, written as a JSON string literal. */
  static Js string(String value) {
    return new Str(value);
  }

  /** {@code true} or {@code false}. */
  static Js bool(boolean value) {
    return new Code(String.valueOf(value));
  }

  /** A whole number. */
  static Js number(int value) {
    return code(Integer.toString(value));
  }

  /** JavaScript written as it is: a regular expression, a function. */
  static Js code(String code) {
    return new Code(code);
  }

  /** An object whose members are each on a line of their own. */
  static Obj lines() {
    return new Obj(Layout.LINES);
  }

  /** An object on one line. */
  static Obj inline() {
    return new Obj(Layout.INLINE);
  }

  /** The value at an indentation of {@code indent} spaces. */
  String write(int indent);

  /**
   * How an object or array is laid out. An empty one is {@code {}} or {@code []}, except where the
   * files have always opened it over two lines ({@link #LINES_OPEN_WHEN_EMPTY}).
   */
  enum Layout {
    INLINE,
    LINES,
    LINES_OPEN_WHEN_EMPTY
  }

  /** A string. */
  record Str(String value) implements Js {
    @Override
    public String write(int indent) {
      StringBuilder out = new StringBuilder();
      Json.string(out, value);
      return out.toString();
    }
  }

  /** Code written as it is. */
  record Code(String code) implements Js {
    @Override
    public String write(int indent) {
      return code;
    }
  }

  /** An object: its members in the order put. */
  final class Obj implements Js {
    private final Layout layout;
    private final Map<String, Js> members = new LinkedHashMap<>();

    private Obj(Layout layout) {
      this.layout = layout;
    }

    /** Adds a member. */
    Obj put(String name, Js value) {
      members.put(name, value);
      return this;
    }

    /** Adds a string member. */
    Obj put(String name, String value) {
      return put(name, Js.string(value));
    }

    /** The same object, opened over two lines even when empty. */
    Obj openWhenEmpty() {
      Obj open = new Obj(Layout.LINES_OPEN_WHEN_EMPTY);
      open.members.putAll(members);
      return open;
    }

    @Override
    public String write(int indent) {
      List<String> written = new ArrayList<>();
      members.forEach(
          (name, value) -> written.add(new Str(name).write(0) + ": " + value.write(indent + 2)));
      return Js.enclose('{', written, '}', layout, indent);
    }
  }

  /** An array. */
  record Arr(List<Js> items, Layout layout) implements Js {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String write(int indent) {
      List<String> written = new ArrayList<>();
      items.forEach(item -> written.add(item.write(indent + 2)));
      return Js.enclose('[', written, ']', layout, indent);
    }
  }

  /** {@code items}, written, between brackets as the layout lays them out. */
  private static String enclose(
      char open, List<String> items, char close, Layout layout, int indent) {
    if (layout == Layout.INLINE) {
      return open + String.join(", ", items) + close;
    }
    String pad = " ".repeat(indent);
    if (items.isEmpty()) {
      return layout == Layout.LINES ? "" + open + close : open + "\n" + pad + close;
    }
    String inner = ",\n" + pad + "  ";
    return open + "\n" + pad + "  " + String.join(inner, items) + "\n" + pad + close;
  }
}
