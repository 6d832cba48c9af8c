package org.cookiecharter.processor.calls;

import static org.cookiecharter.processor.calls.CallMatcher.LONG;
import static org.cookiecharter.processor.calls.CallMatcher.STRING;
import static org.cookiecharter.processor.calls.CallMatcher.constructor;
import static org.cookiecharter.processor.calls.CallMatcher.instanceMethod;
import static org.cookiecharter.processor.calls.CallMatcher.staticMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the call tables names a class and a method or constructor that the real framework
 * has, in the versions that the tables cite ({@link CallTableJars}). {@link ResolvedSinks} drops an
 * entry whose class is not on the class path, and an entry that names a method no class has never
 * matches: a misspelt entry would turn its check off with no other test failing, since the call
 * tests compile against stubs that the tables' authors wrote too.
 */
class CallTablesTest {
  /**
   * The entries that do not resolve in a group, as {@code [group] entry}, and why. Each must still
   * fail there: the list changes with the tables and the versions.
   */
  private static final Map<String, String> DO_NOT_RESOLVE =
      Map.of(
          "[spring7] org.springframework.web.util.CookieGenerator.setCookieName(java.lang.String)",
          "Spring Framework 7 removed CookieGenerator",
          "[spring7] org.springframework.web.servlet.i18n.CookieLocaleResolver"
              + ".setCookieName(java.lang.String)",
          "Spring Framework 7 removed it; the constructor with a name, also an entry, stays");

  /** The instance entries whose type only inherits the method, and why. */
  private static final Map<String, String> INHERITED_ONLY =
      Map.of(
          "[spring7] org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder"
              + ".cookie(...)",
          "Spring Framework 7 declares cookie(Cookie...) in AbstractMockHttpServletRequestBuilder"
              + " only (6.2 overrides it in MockHttpServletRequestBuilder): CLIENT_SIDE has an"
              + " entry on each");

  /** Every entry, under the name of its table. */
  static Map<String, List<CallMatcher>> tables() {
    Map<String, List<CallMatcher>> tables = new LinkedHashMap<>();
    tables.put("BuiltInSinks.ALL", BuiltInSinks.ALL.stream().map(Sink::matcher).toList());
    tables.put("BuiltInSinks.CLIENT_SIDE", BuiltInSinks.CLIENT_SIDE);
    tables.put("BuiltInSinks.WRITES_ITSELF", BuiltInSinks.WRITES_ITSELF);
    tables.put(
        "BuiltInSinks.MAX_AGE", BuiltInSinks.MAX_AGE.stream().map(MaxAgeSetter::matcher).toList());
    tables.put(
        "FrameworkCookies.ALL",
        FrameworkCookies.ALL.stream().map(FrameworkCookie::trigger).toList());
    return tables;
  }

  @Test
  void everyEntryResolvesInTheRealJarsOfItsFramework() {
    assertEveryEntry(
        DO_NOT_RESOLVE,
        (checker, call) -> checker.problem(call),
        "do not resolve in the real jars");
  }

  /**
   * An instance entry's type declares the method (or overrides it): {@link ResolvedSinks} matches
   * the method that a call resolves to when its class is the entry's type or a subtype, so a method
   * that the type only inherits would match no call on the type.
   */
  @Test
  void everyInstanceEntryNamesATypeThatDeclaresItsMethod() {
    assertEveryEntry(
        INHERITED_ONLY,
        (checker, call) -> {
          List<String> inherited = checker.inheritedOnly(call);
          return inherited.isEmpty()
              ? null
              : "the type only inherits " + String.join(", ", inherited);
        },
        "name a method that their type only inherits");
  }

  @Test
  void aMisspeltEntryFailsWithWhatIsWrong() {
    List<CallMatcher> calls =
        List.of(
            constructor().forClass("jakarta.servlet.http.Cookie").withParameters(STRING, STRING),
            constructor().forClass("jakarta.servlet.http.Cokie").withParameters(STRING, STRING),
            staticMethod()
                .onClass("org.springframework.http.ResponseCookie")
                .named("form")
                .withParametersStartingWith(STRING),
            instanceMethod()
                .onDescendantOf("jakarta.servlet.http.Cookie")
                .named("setMaxAge")
                .withParameters(LONG));
    assertEquals(
        List.of(
            "new jakarta.servlet.http.Cokie(java.lang.String, java.lang.String): type missing",
            "static org.springframework.http.ResponseCookie.form(java.lang.String, ...): no public"
                + " or protected static method form declared in the type",
            "jakarta.servlet.http.Cookie.setMaxAge(long): parameter types differ: the type has"
                + " setMaxAge(int)"),
        new CallTableChecker(CallTableJars.MAIN.open()).problems(calls));
  }

  /**
   * Checks every entry in each group where it is expected and whose class files this JDK reads:
   * {@code check} says what is wrong with an entry, or null; {@code known} are the failures
   * expected, by {@code [group] entry}.
   */
  private static void assertEveryEntry(
      Map<String, String> known,
      BiFunction<CallTableChecker, CallMatcher, String> check,
      String failure) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int checks = 0;
    for (Map.Entry<String, List<CallMatcher>> table : tables().entrySet()) {
      for (CallMatcher call : table.getValue()) {
        for (CallTableJars group : CallTableJars.expectedFor(call.type())) {
          if (!group.readable()) {
            continue; // Helidon 4 (Java 21) on JDK 17: the build on JDK 25 checks it
          }
          checks++;
          String entry = "[" + group + "] " + CallTableChecker.describe(call);
          String problem = check.apply(new CallTableChecker(group.open()), call);
          seen.add(entry);
          if (problem != null && !known.containsKey(entry)) {
            problems.add(entry + " (" + table.getKey() + "): " + problem);
          } else if (problem == null && known.containsKey(entry)) {
            problems.add(entry + " (" + table.getKey() + "): passes now; take it off the list");
          }
        }
      }
    }
    for (String entry : known.keySet()) {
      String folder = entry.substring(1, entry.indexOf(']'));
      if (!seen.contains(entry) && CallTableJars.inFolder(folder).readable()) {
        problems.add(entry + ": no such entry now; take it off the list");
      }
    }
    int checked = checks;
    assertTrue(
        problems.isEmpty(),
        () ->
            problems.size()
                + " of "
                + checked
                + " checks of an entry against a group: these entries "
                + failure
                + " (target/call-table-jars/GROUP):\n  "
                + String.join("\n  ", problems));
  }
}
