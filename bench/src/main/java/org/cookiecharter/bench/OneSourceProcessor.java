package org.cookiecharter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * A processor that supports every annotation and writes one small source file in its first round,
 * as any processor that generates code does (cookie-charter writes its registry there): javac then
 * runs one more round, which enters every compilation unit again. What that round costs by itself,
 * whoever generates the file, is the floor of any processor that generates a class.
 */
public final class OneSourceProcessor extends NoOpProcessor {
  private boolean written;

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    if (!written && !roundEnv.processingOver()) {
      written = true;
      try (Writer source =
          processingEnv
              .getFiler()
              .createSourceFile("org.cookiecharter.bench.generated.OneSource")
              .openWriter()) {
        source.write(
            "package org.cookiecharter.bench.generated;\n\n"
                + "public final class OneSource {\n  private OneSource() {}\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
