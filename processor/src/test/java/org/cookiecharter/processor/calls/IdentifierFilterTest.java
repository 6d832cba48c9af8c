package org.cookiecharter.processor.calls;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexer that decides which compilation units the call check walks: a name counts only as an
 * identifier of code, and whatever it cannot read for sure counts as naming one.
 */
class IdentifierFilterTest {
  private final IdentifierFilter filter = new IdentifierFilter(List.of("Cookie", "addHeader"));

  @Test
  void anIdentifierOfCodeCounts() {
    assertThat(filter.namesOne("class A { void f() { new Cookie(\"a\", \"b\"); } }")).isTrue();
    assertThat(filter.namesOne("r.addHeader(h, v);")).isTrue();
    assertThat(filter.namesOne("x=0x1F;Cookie c;")).isTrue();
  }

  @Test
  void commentsAndLiteralsDoNotCount() {
    assertThat(filter.namesOne("// new Cookie()\nclass A {}")).isFalse();
    assertThat(filter.namesOne("/* Cookie\n addHeader */ class A {}")).isFalse();
    assertThat(filter.namesOne("String s = \"Cookie addHeader\";")).isFalse();
    assertThat(filter.namesOne("String s = \"\"\"\n  Cookie \\\"\"\" addHeader\n  \"\"\";"))
        .isFalse();
    assertThat(filter.namesOne("char c = 'C'; /** {@link Cookie} */")).isFalse();
  }

  @Test
  void anIdentifierOnlyCountsWhole() {
    assertThat(filter.namesOne("CookieJar jar; addHeaders(); _Cookie x; Cookie2 y;")).isFalse();
    assertThat(filter.namesOne("a.Cookie$b")).isFalse();
  }

  @Test
  void literalsEndWhereJavacEndsThem() {
    assertThat(filter.namesOne("s = \"a\\\"b\"; new Cookie();")).isTrue();
    assertThat(filter.namesOne("c = '\"'; new Cookie();")).isTrue();
    assertThat(filter.namesOne("c = '\\''; new Cookie();")).isTrue();
    assertThat(filter.namesOne("s = \"\"; t = \"\"\"\n\"\"\"; new Cookie();")).isTrue();
    assertThat(filter.namesOne("/**/Cookie c;")).isTrue();
  }

  @Test
  void aUnicodeEscapeAnywhereCountsAsNamingOne() {
    // javac reads escapes before anything else: one may spell a name, or be a line feed that ends
    // a comment (as this very comment would, if it held one)
    assertThat(filter.namesOne("new \\u0043ookie();")).isTrue();
    assertThat(filter.namesOne("// \\u000a new Cookie();")).isTrue();
    assertThat(filter.namesOne("String s = \"caf\\u00e9\";")).isTrue();
  }

  @Test
  void unfinishedCommentsAndLiteralsEndTheText() {
    assertThat(filter.namesOne("/* Cookie")).isFalse();
    assertThat(filter.namesOne("\"Cookie")).isFalse();
    assertThat(filter.namesOne("\"\"\" Cookie")).isFalse();
    assertThat(filter.namesOne("'")).isFalse();
    assertThat(filter.namesOne("")).isFalse();
  }
}
