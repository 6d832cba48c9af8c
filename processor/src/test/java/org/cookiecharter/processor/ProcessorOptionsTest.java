package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cookiecharter.processor.ProcessorOptions.SeverityOption;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The options that set severities, alone and where two set one message. */
class ProcessorOptionsTest {

  @Test
  void everyCombinationOfValuesGivesEachMessageOneSeverityWhateverTheOrder() {
    for (Map<String, String> given : combinations()) {
      Map<Message, Severity> severities = new ProcessorOptions(given).severities();
      Map<Message, Severity> reversed = new ProcessorOptions(reversed(given)).severities();

      assertWithMessage("%s", given).that(reversed).isEqualTo(severities);
      for (SeverityOption option : ProcessorOptions.SEVERITY_OPTIONS) {
        String value = given.get(option.name());
        if (value == null || option.values().get(value).isEmpty()) {
          continue;
        }
        Severity chosen = option.values().get(value).get();
        for (Message message : option.messages()) {
          assertWithMessage("%s with %s", message, given)
              .that(severities.get(message))
              .isAnyOf(chosen, Severity.OFF);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} and {1}: {2} is {3}")
  @CsvSource({
    "undeclared=error, frameworkCookies=off, FRAMEWORK_COOKIE, OFF",
    "undeclared=error, frameworkCookies=off, SESSION_COOKIE, OFF",
    "undeclared=error, frameworkCookies=off, UNDECLARED_COOKIE, ERROR",
    "undeclared=warning, frameworkCookies=on, FRAMEWORK_COOKIE, WARNING",
    "undeclared=warning, frameworkCookies=on, SESSION_COOKIE, WARNING",
    "requireDuration=true, lifetimes=off, UNDECLARED_LIFETIME, OFF",
    "requireDuration=true, lifetimes=off, MISSING_DURATION, ERROR",
    "requireDuration=true, lifetimes=off, LIFETIME_EXCEEDS_DECLARATION, OFF",
    "requireDuration=true, lifetimes=on, UNDECLARED_LIFETIME, ERROR",
    "requireDuration=false, lifetimes=off, MISSING_DURATION, ",
  })
  void twoOptionsThatSetOneMessage(String first, String second, Message message, Severity is) {
    for (List<String> order : List.of(List.of(first, second), List.of(second, first))) {
      Map<String, String> given = new LinkedHashMap<>();
      for (String option : order) {
        String[] nameAndValue = option.split("=");
        given.put("cookiecharter." + nameAndValue[0], nameAndValue[1]);
      }

      assertThat(new ProcessorOptions(given).severities().get(message)).isEqualTo(is);
    }
  }

  /** Every choice of each severity option's values, none given included. */
  private static List<Map<String, String>> combinations() {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(Map.of());
    for (SeverityOption option : ProcessorOptions.SEVERITY_OPTIONS) {
      List<Map<String, String>> extended = new ArrayList<>();
      for (Map<String, String> combination : combinations) {
        extended.add(combination);
        for (String value : option.values().keySet()) {
          Map<String, String> with = new HashMap<>(combination);
          with.put(option.name(), value);
          extended.add(with);
        }
      }
      combinations = extended;
    }
    return combinations;
  }

  private static Map<String, String> reversed(Map<String, String> given) {
    List<String> names = new ArrayList<>(given.keySet());
    Map<String, String> reversed = new LinkedHashMap<>();
    for (int i = names.size() - 1; i >= 0; i--) {
      reversed.put(names.get(i), given.get(names.get(i)));
    }
    return reversed;
  }
}
