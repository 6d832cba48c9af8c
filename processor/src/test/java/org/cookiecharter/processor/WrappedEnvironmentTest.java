package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.cookiecharter.processor.ExpectedDiagnostics.SERVLET_COOKIE;
import static org.cookiecharter.processor.ExpectedDiagnostics.assertDiagnostics;
import static org.cookiecharter.processor.ExpectedDiagnostics.error;
import static org.cookiecharter.processor.ExpectedDiagnostics.note;
import static org.cookiecharter.processor.ExpectedDiagnostics.undeclaredCookie;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;

/**
 * Build tools and IDEs wrap javac's processing environment. The call check finds javac's behind the
 * wrapper; where it cannot, it says so once and the registry and charter are still generated.
 */
class WrappedEnvironmentTest {
  private static final JavaFileObject UNDECLARED =
      Stubs.handler("new jakarta.servlet.http.Cookie(\"tracker\", \"v\");");
  private static final ExpectedDiagnostics.Expected UNDECLARED_TRACKER =
      error(UNDECLARED, "tracker", undeclaredCookie("tracker", SERVLET_COOKIE));

  @Test
  void environmentInAWrappersFieldIsUnwrapped() {
    Compilation compilation = compileWrapped(Forwarding::new);

    assertDiagnostics(compilation, UNDECLARED_TRACKER);
  }

  @Test
  void environmentBehindAProxyIsUnwrapped() {
    Compilation compilation =
        compileWrapped(
            javac ->
                (ProcessingEnvironment)
                    Proxy.newProxyInstance(
                        WrappedEnvironmentTest.class.getClassLoader(),
                        new Class<?>[] {ProcessingEnvironment.class},
                        new DelegatingHandler(javac)));

    assertDiagnostics(compilation, UNDECLARED_TRACKER);
  }

  @Test
  void environmentThatCannotBeUnwrappedLeavesSitesUncheckedAndSaysSo() {
    Compilation compilation = compileWrapped(javac -> new Opaque(() -> javac));

    assertThat(compilation).succeeded();
    assertDiagnostics(
        compilation,
        note(
            "[cookie-charter:CallsNotChecked] cookie-setting calls were not checked for undeclared"
                + " cookies: the processing environment, "
                + Opaque.class.getName()
                + ", is not javac's and wraps none that cookie-charter can find (Eclipse's"
                + " compiler, or a build tool's wrapper). The registry and the charter are"
                + " generated as usual"));
    assertThat(compilation).generatedSourceFile("org.example.portal.CookieRegistry");
    assertThat(Compilations.wrote(compilation, CharterResources.HTML)).isTrue();
  }

  private static Compilation compileWrapped(
      Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
    return Compiler.javac()
        .withProcessors(new Wrapping(wrap))
        .compile(Stubs.withPortal(UNDECLARED));
  }

  /** Runs cookie-charter with a wrapped environment, as Gradle and IDEs do. */
  private static final class Wrapping extends AbstractProcessor {
    private final CookieCharterProcessor processor = new CookieCharterProcessor();
    private final Function<ProcessingEnvironment, ProcessingEnvironment> wrap;

    Wrapping(Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override
    public synchronized void init(ProcessingEnvironment javac) {
      super.init(javac);
      processor.init(wrap.apply(javac));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return processor.process(annotations, roundEnv);
    }
  }

  /** Holds the environment in a field, as Gradle's incremental wrapper does. */
  private static class Forwarding implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    Forwarding(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  /** Reaches the environment only through a supplier: nothing to unwrap. */
  private static final class Opaque extends Forwarding {
    Opaque(Supplier<ProcessingEnvironment> javac) {
      super(null);
      this.javac = javac;
    }

    private final Supplier<ProcessingEnvironment> javac;

    @Override
    public Map<String, String> getOptions() {
      return javac.get().getOptions();
    }

    @Override
    public Messager getMessager() {
      return javac.get().getMessager();
    }

    @Override
    public Filer getFiler() {
      return javac.get().getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return javac.get().getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return javac.get().getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return javac.get().getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return javac.get().getLocale();
    }
  }

  /** An IDE-style proxy handler that forwards to the environment it captured. */
  private static final class DelegatingHandler implements InvocationHandler {
    private final Object delegateTo;

    DelegatingHandler(Object delegateTo) {
      this.delegateTo = delegateTo;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      return method.invoke(delegateTo, args);
    }
  }
}
