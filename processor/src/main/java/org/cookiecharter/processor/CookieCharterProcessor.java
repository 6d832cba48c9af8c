package org.cookiecharter.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.cookiecharter.CookieCatalog;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.CookieCharter;
import org.cookiecharter.DeclaredCookie;
import org.cookiecharter.processor.charter.CharterRenderer;
import org.cookiecharter.processor.codegen.RegistryGenerator;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CharterSite;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaredNames;
import org.cookiecharter.processor.sites.SiteCheck;
import org.cookiecharter.processor.validation.CatalogChecker;
import org.cookiecharter.processor.validation.CharterSiteReader;
import org.cookiecharter.processor.validation.DeclarationReader;
import org.cookiecharter.processor.validation.DeclarationReader.Declared;

/**
 * Reads {@code @DeclaredCookie} and {@code @CookieCharter}, then writes {@code CookieRegistry} and
 * the charter.
 *
 * <p>Rounds: declarations are read as their sources arrive, also sources that other processors
 * generate. The registry's class is written in the round that finds the {@code @CookieCharter} (a
 * source written in javac's last round is compiled, but draws a warning); its cookies and the charter
 * files are resources, written once in the last round, when every declaration is known.
 *
 * <p>After the rounds, {@link SiteCheck} checks every call that sets a cookie against the
 * declarations.
 *
 * <p>No exception leaves {@link #process}: a failure of the processor itself is reported as one
 * error with its stack trace, and the processor stays quiet for the rest of the compilation.
 */
@AutoService(Processor.class)
public final class CookieCharterProcessor extends AbstractProcessor {
  private static final String DECLARED_COOKIE = DeclaredCookie.class.getCanonicalName();
  private static final String COOKIE_CHARTER = CookieCharter.class.getCanonicalName();
  private static final String COOKIE_CATALOG = CookieCatalog.class.getCanonicalName();
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private Diagnostics diagnostics;
  private DeclarationReader declarationReader;
  private CharterSiteReader siteReader;
  private CatalogChecker catalogChecker;

  /** Valid declarations so far, by cookie name. */
  private final Map<String, CookieDeclaration> declarations = new HashMap<>();
  /** The same names, for the site check, which runs after the rounds. */
  private final DeclaredNames declaredNames = new DeclaredNames();
  /** The sources the outputs come from, for build tools that track them. */
  private final Set<Element> originatingElements = new LinkedHashSet<>();

  /**
   * Called as each stage starts: "init", "round", "last round", "site check". Tests throw from it
   * to check that a failure of the processor is reported, not thrown into javac.
   */
  private final Consumer<String> checkpoint;

  private Optional<CharterSite> site = Optional.empty();
  private String registryName;
  private boolean failed;

  /** The processor javac finds through {@code META-INF/services}. */
  public CookieCharterProcessor() {
    this(stage -> {});
  }

  /** For tests: {@code checkpoint} is called as each stage starts. */
  CookieCharterProcessor(Consumer<String> checkpoint) {
    this.checkpoint = checkpoint;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    try {
      checkpoint.accept("init");
      ProcessorOptions options = new ProcessorOptions(processingEnv.getOptions());
      Elements elements = processingEnv.getElementUtils();
      declarationReader =
          new DeclarationReader(elements, processingEnv.getTypeUtils(), diagnostics);
      siteReader = new CharterSiteReader(elements, options, diagnostics);
      catalogChecker = new CatalogChecker(elements, diagnostics, options.undeclared());
      for (ProcessorOptions.Problem problem : options.problems()) {
        diagnostics.report(
            Message.INVALID_OPTION, null, null, null, problem.option(), problem.value(), problem.reason());
      }
      SiteCheck.register(
              processingEnv,
              () -> checkpoint.accept("site check"),
              options.sinks(),
              declaredNames,
              diagnostics,
              options.undeclared(),
              options.computed().orElse(null))
          .ifPresent(
              reason -> diagnostics.report(Message.SITES_NOT_CHECKED, null, null, null, reason));
    } catch (Throwable failure) { // see process
      failed = true;
      diagnostics.internalError(failure);
    }
  }

  /**
   * Every annotation, even none: the site check must see every compilation, also code without a
   * cookie-charter annotation. The processor claims nothing, so other processors still run.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    if (failed) {
      return false;
    }
    try {
      if (roundEnv.processingOver()) {
        checkpoint.accept("last round");
        writeCharter();
      } else {
        checkpoint.accept("round");
        readRound(roundEnv);
      }
    } catch (Throwable failure) { // anything, so that javac never crashes because of us
      failed = true;
      diagnostics.internalError(failure);
    }
    return false; // claims nothing: other processors may read the same annotations
  }

  private void readRound(RoundEnvironment roundEnv) {
    Map<String, Set<Element>> annotated = annotatedElements(roundEnv);
    Set<Element> charters = annotated.get(COOKIE_CHARTER);
    site = siteReader.read(charters, site);
    catalogChecker.check(annotated.get(COOKIE_CATALOG));
    for (Declared declared : declarationReader.read(annotated.get(DECLARED_COOKIE))) {
      CookieDeclaration cookie = declared.declaration();
      CookieDeclaration first = declarations.get(cookie.name());
      if (first != null) {
        diagnostics.report(
            Message.DUPLICATE_COOKIE,
            declared.element(),
            null,
            null,
            cookie.name(),
            first.location());
      } else {
        declarations.put(cookie.name(), cookie);
        declaredNames.add(cookie.name());
        originatingElements.add(declared.element().getEnclosingElement());
      }
    }
    if (registryName == null && site.isPresent()) {
      originatingElements.addAll(charters);
      writeRegistry(site.get());
    }
  }

  private void writeRegistry(CharterSite site) {
    JavaFile registry =
        new RegistryGenerator(generatedAnnotation(site))
            .generate(site.packageName(), site.platform(), List.copyOf(originatingElements));
    registryName = qualifiedName(site.packageName(), RegistryGenerator.CLASS_NAME);
    try {
      registry.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      diagnostics.report(Message.WRITE_FAILED, null, null, null, registryName, e);
    }
  }

  /**
   * The last round: every declaration is known. Writes the registry's cookies, then the charter
   * unless an error was reported.
   */
  private void writeCharter() {
    if (site.isEmpty()) {
      if (!declarations.isEmpty()) {
        diagnostics.report(Message.NO_CHARTER, null, null, null, declarations.size());
      }
      return;
    }
    Charter charter = new Charter(site.get().platform(), declarations.values());
    Element[] originating = originatingElements.toArray(new Element[0]);
    if (registryName != null) {
      writeResource(
          site.get().packageName(),
          RegistryGenerator.DATA_FILE,
          out -> CookieIndex.of(charter.definitions()).write(out),
          originating);
    }
    if (diagnostics.hasErrors()) {
      return; // publish no charter from code that does not compile
    }
    for (Map.Entry<String, String> file : CharterRenderer.load().render(charter).entrySet()) {
      byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
      writeResource("", file.getKey(), out -> out.write(content), originating);
    }
  }

  /** What writes a resource's content. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private void writeResource(
      String packageName, String name, Content content, Element[] originating) {
    try {
      FileObject resource =
          processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, packageName, name, originating);
      try (OutputStream out = resource.openOutputStream()) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      String path = packageName.isEmpty() ? name : packageName.replace('.', '/') + "/" + name;
      diagnostics.report(Message.WRITE_FAILED, null, null, null, path, e);
    }
  }

  /**
   * {@code @Generated}, if the registry's code can use it: it is in module {@code java.compiler},
   * which code in a named module may not read.
   */
  private Optional<ClassName> generatedAnnotation(CharterSite site) {
    boolean visible =
        !site.inNamedModule() && processingEnv.getElementUtils().getTypeElement(GENERATED) != null;
    return visible ? Optional.of(ClassName.bestGuess(GENERATED)) : Optional.empty();
  }

  /**
   * The round's elements that carry each of the three annotations, found in one pass over the
   * round: each query of the round environment walks every element of every class.
   */
  private Map<String, Set<Element>> annotatedElements(RoundEnvironment roundEnv) {
    Map<String, Set<Element>> annotated = new HashMap<>();
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : List.of(DECLARED_COOKIE, COOKIE_CHARTER, COOKIE_CATALOG)) {
      annotated.put(name, new LinkedHashSet<>());
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    if (!types.isEmpty()) {
      for (Element element : roundEnv.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]))) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
          Set<Element> elements =
              annotated.get(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
          if (elements != null) {
            elements.add(element);
          }
        }
      }
    }
    return annotated;
  }

  private static String qualifiedName(String packageName, String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
