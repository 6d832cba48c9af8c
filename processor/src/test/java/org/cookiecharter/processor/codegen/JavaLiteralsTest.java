package org.cookiecharter.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The literals that generated sources use compile, with javac, to exactly the value given. */
class JavaLiteralsTest {
  private static final List<String> VALUES =
      List.of(
          "",
          "plain",
          "quote \" backslash \\ \\u0022 tab \t CR \r LF \n */ /*",
          "\u00e9\u00ab\u2028\u2029\u0085\u0000\u0007\u007f",
          "emoji \uD83D\uDE00 lone high \uD800 lone low \uDC00 at the end \uD800",
          // javac misreads "\\ud800\\\\" followed by a \\u escape: the literal is split there
          // (this source needs the same split)
          "\uD800" + "\\\u00ab",
          "\uD800" + "\\\\\u00ab\uD83D" + "\\");

  @Test
  void literalsCompileToTheirExactValue() throws Exception {
    List<String> lines = new ArrayList<>(List.of("package p;", "public class Values {"));
    for (int i = 0; i < VALUES.size(); i++) {
      lines.add(
          "  public static final String V" + i + " = " + JavaLiterals.string(VALUES.get(i)) + ";");
    }
    lines.add("}");
    JavaFileObject source = JavaFileObjects.forSourceLines("p.Values", lines);

    Compilation compilation = Compiler.javac().compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (var in =
                compilation
                    .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "p/Values.class")
                    .orElseThrow()
                    .openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (java.io.IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
        };
    Class<?> values = loader.loadClass("p.Values");
    for (int i = 0; i < VALUES.size(); i++) {
      Field field = values.getField("V" + i);
      assertThat(field.get(null)).isEqualTo(VALUES.get(i));
    }
  }

  @Test
  void onlyPrintableAsciiIsWrittenRaw() {
    assertThat(JavaLiterals.string("caf\u00e9 \"x\"\n")).isEqualTo("\"caf\\u00e9 \\\"x\\\"\\n\"");
    assertThat(JavaLiterals.string("\uD800\\")).isEqualTo("\"\\ud800\" + \"\\\\\"");
  }
}
