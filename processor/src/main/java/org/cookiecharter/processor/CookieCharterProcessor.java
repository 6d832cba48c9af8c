package org.cookiecharter.processor;

import com.google.auto.service.AutoService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.cookiecharter.CookiesJson;
import org.cookiecharter.processor.calls.CallCheck;
import org.cookiecharter.processor.charter.BaselineComparison;
import org.cookiecharter.processor.charter.PolicyLanguage;
import org.cookiecharter.processor.codegen.OutputWriter;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CharterSite;
import org.cookiecharter.processor.model.DeclaringClass;
import org.cookiecharter.processor.validation.AnnotatedElements;
import org.cookiecharter.processor.validation.CatalogChecker;
import org.cookiecharter.processor.validation.CharterSiteReader;
import org.cookiecharter.processor.validation.DeclarationReader;
import org.cookiecharter.processor.validation.Declarations;
import org.cookiecharter.processor.validation.IndexReader;

/**
 * Reads {@code @DeclaredCookie} and {@code @CookieCharter}, writes {@code CookieRegistry} and the
 * charter, and checks the calls that set cookies. The stages:
 *
 * <ol>
 *   <li>{@link #init}: read the options, register the {@link CallCheck}.
 *   <li>Each round ({@link #readRound}): find the round's annotated elements, read the {@code
 *       CookieCharter}, check the catalogs, read and gather the declarations; write the registry's
 *       class in the round that finds the charter (a source written in javac's last round is
 *       compiled, but draws a warning). That source is the only file written before the last round:
 *       javac starts a new round for each round that writes a class, and a round enters every
 *       compilation unit again.
 *   <li>The last round ({@link #publish}): add the declarations of the classes on the class path
 *       (libraries) that the index names; every declaration is known; write the index entries of
 *       the classes that declare cookies and of the charter's site, for the compilations that will
 *       have them on their class path; write the registry's cookies, then the charter unless an
 *       error was reported.
 *   <li>After the rounds, javac analyses the code and the {@link CallCheck} checks every call that
 *       sets a cookie against the declarations.
 * </ol>
 *
 * <p>No exception leaves the processor: a failure of its own is reported as one error with its
 * stack trace, and it stays quiet for the rest of the compilation.
 */
@AutoService(Processor.class)
public final class CookieCharterProcessor extends AbstractProcessor {
  /**
   * Called as each stage starts: "init", "round", "last round", "call check". Tests throw from it
   * to check that a failure of the processor is reported, not thrown into javac.
   */
  private final Consumer<String> checkpoint;

  // The stages are made in init, which javac calls before process; a failed init makes process
  // return at once, so no stage is read unset.
  @SuppressWarnings("NullAway.Init")
  private Diagnostics diagnostics;

  @SuppressWarnings("NullAway.Init")
  private CharterSiteReader siteReader;

  @SuppressWarnings("NullAway.Init")
  private CatalogChecker catalogChecker;

  @SuppressWarnings("NullAway.Init")
  private DeclarationReader declarationReader;

  @SuppressWarnings("NullAway.Init")
  private Declarations declarations;

  @SuppressWarnings("NullAway.Init")
  private IndexReader index;

  @SuppressWarnings("NullAway.Init")
  private OutputWriter writer;

  private Optional<CharterSite> site = Optional.empty();
  private boolean classOutputSearched;

  /** Whether the charter's site is among the compilation's sources (else: an earlier build's). */
  private boolean siteInSources;

  private boolean registryWritten;

  /** The languages of the policy, the declarations' own first ({@link ProcessorOptions}). */
  @SuppressWarnings("NullAway.Init")
  private List<PolicyLanguage> languages;

  /** The site's templates folder, if it has one ({@link ProcessorOptions#TEMPLATES}). */
  @SuppressWarnings("NullAway.Init")
  private Optional<Path> siteTemplates;

  /** The baseline cookies.json, if given ({@link ProcessorOptions#BASELINE}). */
  @SuppressWarnings("NullAway.Init")
  private Optional<Path> baseline;

  /** The release being built, if given ({@link ProcessorOptions#RELEASE}). */
  @SuppressWarnings("NullAway.Init")
  private Optional<String> release;

  /** Whether the registry is generated ({@link ProcessorOptions#REGISTRY}). */
  private boolean registry;

  /** Whether the compilation says it is a library ({@link ProcessorOptions#LIBRARY}). */
  private boolean library;

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
    try {
      checkpoint.accept("init");
      // The annotations module first: the class a broken processor path names when it lacks it.
      Objects.requireNonNull(AnnotatedElements.DECLARED_COOKIE);
      ProcessorOptions options = new ProcessorOptions(processingEnv.getOptions());
      registry = options.registry();
      diagnostics = new Diagnostics(processingEnv.getMessager(), options.severities());
      for (ProcessorOptions.Problem problem : options.problems()) {
        diagnostics.onCompilation(problem.message(), problem.arguments().toArray());
      }
      library = options.library();
      Elements elements = processingEnv.getElementUtils();
      siteReader =
          new CharterSiteReader(elements, options.platform(), options.library(), diagnostics);
      catalogChecker = new CatalogChecker(diagnostics);
      languages = options.languages();
      siteTemplates = options.templates();
      baseline = options.baseline();
      release = options.release();
      declarationReader =
          new DeclarationReader(elements, diagnostics, languages, options.languagesOption());
      declarations = new Declarations(elements, diagnostics);
      index = new IndexReader(elements);
      writer = new OutputWriter(processingEnv.getFiler(), elements, diagnostics);
      CallCheck.Settings calls =
          new CallCheck.Settings(
              options.sinks(),
              options.sessionCookie(),
              declarations.names(),
              diagnostics,
              options.library(),
              () -> checkpoint.accept("call check"));
      CallCheck.register(processingEnv, calls)
          .ifPresent(reason -> diagnostics.onCompilation(Message.CALLS_NOT_CHECKED, reason));
    } catch (Throwable failure) { // see process
      failed = true;
      Diagnostics.internalError(processingEnv.getMessager(), failure);
    }
  }

  /**
   * Every annotation, even none: the call check must see every compilation, also code without a
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
        publish();
      } else {
        checkpoint.accept("round");
        readRound(annotations, roundEnv);
      }
    } catch (Throwable failure) { // anything, so that javac never crashes because of us
      failed = true;
      diagnostics.internalError(failure);
    }
    return false; // claims nothing: other processors may read the same annotations
  }

  private void readRound(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    declarations.compiledFromSource(roundEnv.getRootElements());
    AnnotatedElements annotated = AnnotatedElements.of(roundEnv, annotations);
    readSite(annotated.charters());
    catalogChecker.check(annotated.catalogs());
    declarations.add(declarationReader.read(annotated.declarations()));
    if (registry && site.isPresent() && !registryWritten) {
      registryWritten = true;
      writer.writeRegistry(site.get(), originatingElements());
    }
  }

  /**
   * The {@code @CookieCharter} of the compilation's sources, recorded in the index for later
   * compilations of some of the module's files alone; else, in the first round, the one that the
   * module's earlier build recorded in the class output.
   */
  private void readSite(Set<Element> charters) {
    boolean known = site.isPresent();
    site = siteReader.read(charters, site);
    if (!known && site.isPresent()) {
      siteInSources = true;
    } else if (!known && !classOutputSearched) {
      classOutputSearched = true;
      site = siteReader.read(index.sitesInClassOutput(processingEnv.getFiler()), site);
    }
  }

  /**
   * The last round: the declarations found on the class path join the compilation's own; then the
   * registry's cookies, and the charter from code that compiles.
   */
  private void publish() {
    for (DeclaringClass declaring : index.declaringClasses()) {
      if (!declarations.isCompiledFromSource(declaring.type())) {
        declarations.addFromClassPath(declarationReader.readFields(declaring));
      }
    }
    writer.writeIndexEntries(declarations.declaringClasses());
    if (siteInSources) {
      writer.writeSiteEntry(site.get());
    }
    if (site.isEmpty()) {
      int declared = declarations.declaredInSource();
      if (declared > 0 && !library) {
        diagnostics.onCompilation(
            Message.NO_CHARTER, declared, charterPackage(), ProcessorOptions.LIBRARY);
      }
      return;
    }
    Charter charter = declarations.charter(site.get().platform(), site.get().purposeEdition());
    if (registry) {
      writer.writeRegistryCookies(site.get(), charter, originatingElements());
    }
    if (!diagnostics.hasErrors()) {
      BaselineComparison comparison = new BaselineComparison(diagnostics);
      Element siteElement = site.get().element();
      Optional<CookiesJson.Document> before =
          baseline.flatMap(path -> comparison.read(path, siteElement));
      charter =
          charter.withConsentSince(
              BaselineComparison.consentSince(before, charter.consent(), release));
      writer.writeCharter(charter, languages, siteTemplates, originatingElements());
      writer.writeNativeImageConfig(site.get(), registry, originatingElements());
      if (before.isPresent()) {
        String changes = comparison.report(before.get(), charter, baseline.get(), siteElement);
        writer.writeChanges(changes, originatingElements());
      }
    }
  }

  /**
   * Where {@code NoCharter} proposes the charter: the package of the first class, by name, that
   * declares cookies.
   */
  private String charterPackage() {
    return declarations.declaringTypes().stream()
        .map(type -> processingEnv.getElementUtils().getPackageOf(type).getQualifiedName())
        .map(Object::toString)
        .filter(name -> !name.isEmpty())
        .sorted()
        .findFirst()
        .orElse("com.example.app");
  }

  /** The sources of what the build generates: the charter's element and the declaring classes. */
  private List<Element> originatingElements() {
    List<Element> originating = new ArrayList<>(declarations.declaringTypes());
    site.ifPresent(found -> originating.add(0, found.element()));
    return originating;
  }
}
