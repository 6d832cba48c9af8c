package org.cookiecharter.processor.calls;

import static com.google.common.truth.Truth.assertThat;
import static org.cookiecharter.processor.calls.CallMatcher.STRING;
import static org.cookiecharter.processor.calls.CallMatcher.constructor;
import static org.cookiecharter.processor.calls.CallMatcher.instanceMethod;

import java.util.List;
import java.util.Set;
import org.cookiecharter.processor.calls.CallMatcher.Kind;
import org.junit.jupiter.api.Test;

/** A line of a call table that stands for several entries, and what the tables derive. */
class CallTableTest {
  @Test
  void anyOfIsOneEntryPerTypeThenPerName() {
    List<Sink> table =
        CallTable.of(
            instanceMethod()
                .onDescendantOfAny("a.Response", "b.Response")
                .namedAnyOf("addHeader", "setHeader")
                .withParameters(STRING, STRING)
                .writesHeader(0),
            constructor().forClass("a.Cookie").withParameters(STRING, STRING).namesCookie(0));

    assertThat(table)
        .containsExactly(
            header("a.Response", "addHeader"),
            header("a.Response", "setHeader"),
            header("b.Response", "addHeader"),
            header("b.Response", "setHeader"),
            new Sink(
                new CallMatcher(
                    Kind.CONSTRUCTOR,
                    "a.Cookie",
                    CallMatcher.CONSTRUCTOR,
                    List.of(STRING, STRING),
                    false),
                Sink.Argument.COOKIE_NAME,
                0))
        .inOrder();
  }

  @Test
  void theDeletionSettersAreTheMaxAgeTablesOneArgumentSetters() {
    assertThat(BuiltInSinks.MAX_AGE_SETTER_NAMES).isEqualTo(Set.of("setMaxAge", "maxAge"));
  }

  private static Sink header(String type, String name) {
    return new Sink(
        new CallMatcher(Kind.INSTANCE_METHOD, type, name, List.of(STRING, STRING), false),
        Sink.Argument.HEADER_NAME,
        0);
  }
}
