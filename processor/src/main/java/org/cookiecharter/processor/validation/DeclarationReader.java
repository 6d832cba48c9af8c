package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieLifetime;
import org.cookiecharter.CookieStorage;
import org.cookiecharter.CookieTranslation;
import org.cookiecharter.processor.Owners;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.charter.CharterProse;
import org.cookiecharter.processor.charter.CharterProse.Column;
import org.cookiecharter.processor.charter.LifetimeWording;
import org.cookiecharter.processor.charter.PolicyLanguage;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.diagnostic.Message.Fragment;
import org.cookiecharter.processor.diagnostic.Position;
import org.cookiecharter.processor.diagnostic.ValidationReport;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaringClass;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code @DeclaredCookie} constants of a round into {@link CookieDeclaration}s, and
 * reports each one that cannot declare a cookie on its element.
 */
public final class DeclarationReader {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final AnnotationValues annotations;
  private final List<PolicyLanguage> languages;
  private final String languagesOption;
  private @Nullable CharterProse prose;
  private @Nullable LifetimeWording wording;

  /**
   * @param languages the languages the policy is written in, the declarations' own first
   * @param languagesOption the value of the languages option, for messages
   */
  public DeclarationReader(
      Elements elements,
      Diagnostics diagnostics,
      List<PolicyLanguage> languages,
      String languagesOption) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.annotations = new AnnotationValues(elements);
    this.languages = languages;
    this.languagesOption = languagesOption;
  }

  /**
   * The valid declarations among {@code annotated}, in charter order, so that diagnostics come in
   * the same order whatever order javac read the sources in.
   */
  public List<Declared> read(Set<? extends Element> annotated) {
    return read(annotated, true);
  }

  /**
   * @param fromSource whether the elements are the compilation's sources: the rules that only the
   *     module's own build can follow ({@code requireDuration}) apply to them alone
   */
  private List<Declared> read(Set<? extends Element> annotated, boolean fromSource) {
    return read(annotated, new HashMap<>(), fromSource);
  }

  /**
   * @param positions the known order of fields, by class: what {@link #position} adds to
   */
  private List<Declared> read(
      Set<? extends Element> annotated,
      Map<String, Map<String, Integer>> positions,
      boolean fromSource) {
    List<Declared> declared = new ArrayList<>();
    for (Element element : annotated) {
      read(element, positions, fromSource).ifPresent(declared::add);
    }
    declared.sort(
        (a, b) -> CookieDeclaration.CHARTER_ORDER.compare(a.declaration(), b.declaration()));
    return declared;
  }

  /**
   * The valid declarations of a class found on the class path, of its own fields (not those of its
   * nested classes), in charter order: the source order that its index entry records, rather than
   * the order in which a compiler lists a class file's fields (Eclipse's sorts them by name).
   */
  public List<Declared> readFields(DeclaringClass declaring) {
    TypeElement type = declaring.type();
    Set<Element> fields = new LinkedHashSet<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && AnnotatedElements.isDeclaredCookie(member)) {
        fields.add(member);
      }
    }
    Map<String, Map<String, Integer>> positions = new HashMap<>();
    if (!declaring.fields().isEmpty()) {
      Map<String, Integer> recorded = new HashMap<>();
      for (int i = 0; i < declaring.fields().size(); i++) {
        recorded.put(declaring.fields().get(i), i);
      }
      positions.put(typeName(type), recorded);
    }
    return read(fields, positions, false);
  }

  private Optional<Declared> read(
      Element element, Map<String, Map<String, Integer>> positions, boolean fromSource) {
    ValidationReport<Declared> report = validate(element, positions, fromSource);
    report.reportTo(diagnostics);
    return report.value();
  }

  private ValidationReport<Declared> validate(
      Element element, Map<String, Map<String, Integer>> positions, boolean fromSource) {
    ValidationReport.Builder report = ValidationReport.builder();
    Optional<AnnotationMirror> found = annotations.find(element, AnnotatedElements.DECLARED_COOKIE);
    if (found.isEmpty()) {
      return report.buildRejected();
    }
    List<String> problems = constantProblems(element);
    if (!problems.isEmpty()) {
      return report
          .reject(
              Position.of(element),
              Message.NOT_A_CONSTANT,
              location(element),
              Fragment.and(problems),
              element.getSimpleName())
          .buildRejected();
    }
    return declaration(element, found.get(), positions, fromSource);
  }

  /** The declaration that the annotation {@code mirror} on a constant makes. */
  private ValidationReport<Declared> declaration(
      Element element,
      AnnotationMirror mirror,
      Map<String, Map<String, Integer>> positions,
      boolean fromSource) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, AnnotationValue> values = annotations.values(mirror); // read once: it is not cheap
    Optional<String> provider = annotations.string(values.get("provider"));
    Optional<String> service = annotations.string(values.get("service"));
    Optional<String> purpose = annotations.string(values.get("purpose"));
    Optional<CookieCategory> category = category(values.get("category"));
    if (provider.isEmpty() || service.isEmpty() || purpose.isEmpty() || category.isEmpty()) {
      return report.buildRejected(); // javac reports the annotation's own errors
    }
    String name = String.valueOf(((VariableElement) element).getConstantValue());
    checkTexts(Position.of(element, mirror), values, name, report);
    CookieStorage storage = storage(values.get("storage"));
    checkName(element, name, storage, report);
    ValidationReport<Optional<CookieLifetime>> lifetime =
        lifetime(Position.of(element, mirror), values, name, fromSource);
    report.addAll(lifetime);
    AnnotationValue exemptValue = values.get("exempt");
    boolean exempt = exemptValue != null && Boolean.TRUE.equals(exemptValue.getValue());
    if (exempt && lifetime.isClean()) {
      checkExemption(
          Position.of(element, mirror),
          values,
          name,
          category.get(),
          lifetime.value().orElseThrow(),
          report);
    }
    ValidationReport<Map<String, CookieTranslation>> translations = translations(element, name);
    report.addAll(translations);
    return report.build(
        () ->
            new Declared(
                new CookieDeclaration(
                    new CookieDefinition(
                        name,
                        provider.get(),
                        service.get(),
                        purpose.get(),
                        category.get(),
                        lifetime.value().orElseThrow(),
                        exempt,
                        translations.value().orElseThrow(),
                        storage),
                    typeName(Owners.of(element)),
                    element.getSimpleName().toString(),
                    position(element, positions)),
                element));
  }

  /** Each text of the declaration must say something: the charter shows it in a column. */
  private void checkTexts(
      Position annotation,
      Map<String, AnnotationValue> values,
      String name,
      ValidationReport.Builder report) {
    for (TextElement text : TextElement.values()) {
      AnnotationValue value = values.get(text.element);
      if (annotations.string(value).orElseThrow().isBlank()) {
        report.reject(
            Position.of(annotation.element(), mirror(annotation), value),
            text.blank,
            name,
            prose().column(text.column));
      }
    }
  }

  /** A cookie's name follows RFC 6265; a storage key is any text a script uses. */
  private void checkName(
      Element element, String name, CookieStorage storage, ValidationReport.Builder report) {
    Optional<String> nameProblem =
        storage.isBrowserStorage() ? Optional.empty() : CookieNameRule.problem(name);
    if (nameProblem.isPresent()) {
      report.reject(
          Position.of(element),
          Message.INVALID_COOKIE_NAME,
          name,
          location(element),
          nameProblem.get(),
          CookieNameRule.separatorsForMessage());
    }
  }

  /**
   * The cookie's {@code @CookieText}s by language code, in the order of the codes; rejected if one
   * is wrong or a language of the policy has none.
   */
  private ValidationReport<Map<String, CookieTranslation>> translations(
      Element element, String name) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, CookieTranslation> translations = new TreeMap<>();
    Set<String> languagesSeen = new HashSet<>();
    for (AnnotationMirror text : cookieTexts(element)) {
      ValidationReport<Translation> translation =
          translation(Position.of(element, text), name, languagesSeen);
      report.addAll(translation);
      translation.value().ifPresent(read -> translations.put(read.language(), read.text()));
    }
    if (!report.isClean()) {
      return report.buildRejected();
    }
    for (PolicyLanguage language : languages.subList(1, languages.size())) {
      if (!translations.containsKey(language.code())) {
        report.reject(
            Position.of(element),
            Message.MISSING_TRANSLATION,
            name,
            location(element),
            language.code(),
            ProcessorOptions.LANGUAGES,
            languagesOption,
            language.code());
      }
    }
    return report.build(() -> translations);
  }

  /** One {@code @CookieText}: its language's code and its texts. */
  private record Translation(String language, CookieTranslation text) {}

  /**
   * Reads one {@code @CookieText}, at {@code text}.
   *
   * @param languagesSeen the languages of the cookie's texts read so far: this one's is added
   */
  private ValidationReport<Translation> translation(
      Position text, String name, Set<String> languagesSeen) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, AnnotationValue> values = annotations.values(mirror(text));
    Optional<String> code = annotations.string(values.get("language"));
    Optional<String> service = annotations.string(values.get("service"));
    Optional<String> purpose = annotations.string(values.get("purpose"));
    if (code.isEmpty() || service.isEmpty() || purpose.isEmpty()) {
      return report.buildRejected(); // javac reports the annotation's own errors
    }
    Optional<PolicyLanguage> language = PolicyLanguage.of(code.get());
    if (language.isEmpty()) {
      return report
          .reject(
              Position.of(text.element(), mirror(text), values.get("language")),
              Message.UNKNOWN_TRANSLATION_LANGUAGE,
              code.get(),
              name,
              PolicyLanguage.codes())
          .buildRejected();
    }
    if (language.get() == languages.get(0)) {
      return report
          .reject(
              text,
              Message.TRANSLATION_OF_OWN_LANGUAGE,
              code.get(),
              name,
              ProcessorOptions.LANGUAGES,
              languagesOption)
          .buildRejected();
    }
    for (String part : List.of("service", "purpose")) {
      if (annotations.string(values.get(part)).orElseThrow().isBlank()) {
        report.reject(
            Position.of(text.element(), mirror(text), values.get(part)),
            Message.BLANK_TRANSLATION,
            code.get(),
            part,
            name,
            part);
      }
    }
    if (!languagesSeen.add(language.get().code())) {
      report.reject(text, Message.DUPLICATE_TRANSLATION, name, language.get().code());
    }
    return report.build(
        () ->
            new Translation(
                language.get().code(), new CookieTranslation(service.get(), purpose.get())));
  }

  /** The annotation a position points at, where the reader made it point at one. */
  private static AnnotationMirror mirror(Position position) {
    return Objects.requireNonNull(position.annotation());
  }

  /**
   * The {@code @CookieText}s of {@code element}: one written alone, or those that javac gathered in
   * their {@code @CookieTexts} container when there are several.
   */
  private List<AnnotationMirror> cookieTexts(Element element) {
    List<AnnotationMirror> texts = new ArrayList<>();
    annotations.find(element, AnnotatedElements.COOKIE_TEXT).ifPresent(texts::add);
    Optional<AnnotationMirror> container =
        annotations.find(element, AnnotatedElements.COOKIE_TEXTS);
    @Nullable AnnotationValue value =
        container.isPresent() ? annotations.values(container.get()).get("value") : null;
    if (value != null && value.getValue() instanceof List<?> contained) {
      for (Object each : contained) {
        if (each instanceof AnnotationValue nested
            && nested.getValue() instanceof AnnotationMirror text) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  /** The declared lifetime, empty if not declared; rejected if the text declares none. */
  private ValidationReport<Optional<CookieLifetime>> lifetime(
      Position annotation, Map<String, AnnotationValue> values, String name, boolean fromSource) {
    ValidationReport.Builder report = ValidationReport.builder();
    AnnotationValue value = values.get("duration"); // null: annotations older than durations
    Optional<String> given = annotations.string(value);
    if (value != null && given.isEmpty()) {
      return report.buildRejected(); // javac reports the value's own error
    }
    String text = given.orElse("");
    if (text.isEmpty()) {
      if (fromSource) {
        report.report(
            annotation, Message.MISSING_DURATION, name, ProcessorOptions.REQUIRE_DURATION);
      }
      return report.build(Optional::empty);
    }
    Optional<CookieLifetime.Problem> problem = CookieLifetime.problem(text);
    if (problem.isPresent()) {
      return report
          .reject(
              Position.of(annotation.element(), mirror(annotation), value),
              Message.INVALID_DURATION,
              name,
              text,
              why(problem.get()))
          .buildRejected();
    }
    return report.build(() -> Optional.of(CookieLifetime.parse(text)));
  }

  private static String why(CookieLifetime.Problem problem) {
    return switch (problem) {
      case NOT_ISO_8601 -> Fragment.DURATION_NOT_ISO_8601.format();
      case ZERO -> Fragment.DURATION_ZERO.format();
      case NEGATIVE -> Fragment.DURATION_NEGATIVE.format();
      case FRACTION_OF_A_SECOND -> Fragment.DURATION_FRACTION_OF_A_SECOND.format();
    };
  }

  /**
   * Whether a cookie may claim the exemption from consent: a statistics cookie whose lifetime is
   * within CNIL's limit ({@link CookieLifetime#withinConsentExemptionLimit}). Rejects it if not.
   */
  private void checkExemption(
      Position annotation,
      Map<String, AnnotationValue> values,
      String name,
      CookieCategory category,
      Optional<CookieLifetime> lifetime,
      ValidationReport.Builder report) {
    Position exempt = Position.of(annotation.element(), mirror(annotation), values.get("exempt"));
    if (category == CookieCategory.NECESSARY) {
      report.reject(exempt, Message.EXEMPT_NECESSARY, name);
    } else if (category != CookieCategory.STATISTICS) {
      report.reject(exempt, Message.EXEMPT_NOT_STATISTICS, name, category, category);
    } else if (lifetime.isEmpty()) {
      report.reject(exempt, Message.EXEMPT_TOO_LONG, name, Fragment.NO_DURATION.format());
    } else if (!lifetime.get().withinConsentExemptionLimit()) {
      report.reject(
          Position.of(annotation.element(), mirror(annotation), values.get("duration")),
          Message.EXEMPT_TOO_LONG,
          name,
          Fragment.DURATION_TOO_LONG.format(lifetime.get(), wording().of(lifetime.get())));
    }
  }

  /** The words for a lifetime, for messages. */
  private LifetimeWording wording() {
    if (wording == null) {
      wording = LifetimeWording.forMessages();
    }
    return wording;
  }

  /** The charter's prose, for the column a blank text leaves empty; read when first needed. */
  private CharterProse prose() {
    if (prose == null) {
      prose = CharterProse.load();
    }
    return prose;
  }

  /** Why {@code element} cannot hold a cookie's name ({@link Fragment}s); empty if it can. */
  private List<String> constantProblems(Element element) {
    if (element.getKind() != ElementKind.FIELD) {
      return List.of(
          element.getKind() == ElementKind.ENUM_CONSTANT
              ? Fragment.ENUM_CONSTANT.format()
              : Fragment.NOT_A_FIELD.format());
    }
    List<String> problems = new ArrayList<>();
    VariableElement field = (VariableElement) element;
    if (!field.getModifiers().contains(Modifier.STATIC)) {
      problems.add(Fragment.NOT_STATIC.format());
    }
    if (!field.getModifiers().contains(Modifier.FINAL)) {
      problems.add(Fragment.NOT_FINAL.format());
    }
    if (!isString(field.asType())) {
      problems.add(Fragment.NOT_A_STRING.format(field.asType()));
    } else if (problems.isEmpty() && field.getConstantValue() == null) {
      problems.add(Fragment.NO_CONSTANT_VALUE.format());
    }
    return problems;
  }

  /**
   * Whether a field's type is {@code String}, by name: {@code Elements.getTypeElement} would ask
   * every module of the compilation for it, for each field.
   */
  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(String.class.getName());
  }

  private static CookieStorage storage(@Nullable AnnotationValue value) {
    return value != null && value.getValue() instanceof VariableElement constant
        ? CookieStorage.valueOf(constant.getSimpleName().toString())
        : CookieStorage.COOKIE;
  }

  private static Optional<CookieCategory> category(@Nullable AnnotationValue value) {
    return value != null && value.getValue() instanceof VariableElement constant
        ? Optional.of(CookieCategory.valueOf(constant.getSimpleName().toString()))
        : Optional.empty();
  }

  /**
   * Index among the class's members, in the order the compiler lists them: source order for a class
   * compiled from source, by javac and by Eclipse's compiler alike; for a class file, the order its
   * index entry recorded, where {@code positions} has it. By name: Eclipse's compiler makes new
   * element objects at each call, so an element is not found by identity.
   */
  private int position(Element field, Map<String, Map<String, Integer>> positions) {
    TypeElement owner = Owners.of(field);
    Map<String, Integer> members =
        positions.computeIfAbsent(
            typeName(owner),
            name -> {
              Map<String, Integer> byName = new HashMap<>();
              List<? extends Element> enclosed = owner.getEnclosedElements();
              for (int i = 0; i < enclosed.size(); i++) {
                if (enclosed.get(i).getKind() == ElementKind.FIELD) {
                  byName.put(enclosed.get(i).getSimpleName().toString(), i);
                }
              }
              return byName;
            });
    Integer position = members.get(field.getSimpleName().toString());
    // A field that a recorded order does not name (an entry of another build): after those it does.
    return position != null ? position : members.size() + memberIndex(owner, field);
  }

  private static int memberIndex(TypeElement owner, Element field) {
    List<? extends Element> enclosed = owner.getEnclosedElements();
    for (int i = 0; i < enclosed.size(); i++) {
      if (enclosed.get(i).getSimpleName().contentEquals(field.getSimpleName())) {
        return i;
      }
    }
    return enclosed.size();
  }

  /** The qualified name, or the binary name of a local or anonymous class, which has none. */
  private String typeName(TypeElement type) {
    String qualified = type.getQualifiedName().toString();
    return qualified.isEmpty() ? elements.getBinaryName(type).toString() : qualified;
  }

  /** Where a field is, as messages name it: {@code com.example.Cookies.SESSION_ID}. */
  private String location(Element element) {
    Element owner = element.getEnclosingElement();
    return owner instanceof TypeElement type
        ? typeName(type) + "." + element.getSimpleName()
        : element.getSimpleName().toString();
  }

  /**
   * The text elements of {@code @DeclaredCookie}, in the charter's column order: each fills a
   * column and must not be blank.
   */
  private enum TextElement {
    PROVIDER("provider", Column.PROVIDER, Message.BLANK_PROVIDER),
    SERVICE("service", Column.SERVICE, Message.BLANK_SERVICE),
    PURPOSE("purpose", Column.PURPOSE, Message.BLANK_PURPOSE);

    final String element;
    final Column column;
    final Message blank;

    TextElement(String element, Column column, Message blank) {
      this.element = element;
      this.column = column;
      this.blank = blank;
    }
  }

  /** A valid declaration and its constant, for messages about it during this round. */
  public record Declared(CookieDeclaration declaration, Element element) {}
}
