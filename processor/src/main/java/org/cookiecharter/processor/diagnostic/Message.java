package org.cookiecharter.processor.diagnostic;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every message the processor prints, each a complete template, in one place. Each starts with a
 * stable tag, {@code [cookie-charter:Tag]}, that builds and documentation can search for; the rest
 * says what is wrong and how to fix it. Messages of one rule share its tag. The catalogue, {@code
 * docs/diagnostics/}, has a page per tag with a sample of each message, and a test keeps the two in
 * step.
 *
 * <p>Where a message says why in words that vary (a name's invalid character, an option's problem),
 * the words are a {@link Fragment}, also here.
 */
public enum Message {
  // Declarations: @DeclaredCookie, @CookieCatalog.

  /** Args: the field's location, why it is not a constant ({@link Fragment}s), its simple name. */
  NOT_A_CONSTANT(
      Severity.ERROR,
      "NotAConstant",
      "@DeclaredCookie must be on a static final String constant that holds the cookie's name, but"
          + " %s %s. Declare it as: static final String %s = \"cookie-name\";"),
  /** Args: the cookie's name, the charter's column heading. */
  BLANK_PROVIDER(
      Severity.ERROR,
      "BlankValue",
      "@DeclaredCookie(provider) of cookie \"%s\" is blank, but the charter's \"%s\" column needs"
          + " it: write who sets the cookie: your organisation, or the third party"),
  /** Args: the cookie's name, the charter's column heading. */
  BLANK_SERVICE(
      Severity.ERROR,
      "BlankValue",
      "@DeclaredCookie(service) of cookie \"%s\" is blank, but the charter's \"%s\" column needs"
          + " it: write which service uses it, and where, such as \"Authentification (front et"
          + " back office)\""),
  /** Args: the cookie's name, the charter's column heading. */
  BLANK_PURPOSE(
      Severity.ERROR,
      "BlankValue",
      "@DeclaredCookie(purpose) of cookie \"%s\" is blank, but the charter's \"%s\" column needs"
          + " it: write what it is for, such as \"Se souvenir de la langue du visiteur\""),
  /** Args: the name, the field's location, why ({@link Fragment}), the forbidden separators. */
  INVALID_COOKIE_NAME(
      Severity.ERROR,
      "InvalidCookieName",
      "\"%s\" (%s) is not a valid cookie name: %s. A cookie name is an RFC 6265 token: printable"
          + " ASCII without blanks or any of %s; a final * declares a family of names, such as"
          + " \"_ga_*\""),
  /** Args: the name, the location of its first declaration. */
  DUPLICATE_COOKIE(
      Severity.ERROR,
      "DuplicateCookie",
      "cookie \"%s\" is declared twice: %s already declares it. Keep one declaration and use its"
          + " constant everywhere"),
  /** Args: the name, the location of one declaration, the location of the other. */
  DUPLICATE_COOKIE_ON_CLASS_PATH(
      Severity.ERROR,
      "DuplicateCookie",
      "cookie \"%s\" is declared twice on the class path, by %s and by %s: a library must not"
          + " declare a cookie that another declares. Keep one declaration and use its constant"
          + " everywhere"),
  /** Args: the constant's simple name, the cookie's name. */
  LOCAL_CLASS_DECLARATION(
      Severity.ERROR,
      "LocalClassDeclaration",
      "@DeclaredCookie is on %s, a constant of a local or anonymous class: annotation processing"
          + " reaches only top-level and member classes, so the charter cannot list cookie"
          + " \"%s\". Move the constant to a top-level class or a member class"),
  /** Args: the constant's location, the catalog's name, the constant's value. */
  UNDECLARED_CONSTANT(
      Severity.ERROR,
      "UndeclaredCookie",
      "%s is a String constant of @CookieCatalog %s, but no @DeclaredCookie documents cookie"
          + " \"%s\": annotate it with @DeclaredCookie(provider, service, purpose, category), or"
          + " move it out of the catalog"),

  /** Args: the cookie's name, the text, why ({@link Fragment}). */
  INVALID_DURATION(
      Severity.ERROR,
      "InvalidDuration",
      "@DeclaredCookie(duration) of cookie \"%s\" is \"%s\", which is not a lifetime: %s. Write"
          + " an ISO-8601 period or duration as java.time reads it, such as \"P13M\" (13 months),"
          + " \"P1Y\", \"P14D\" or \"PT30M\", or \"session\" for a cookie deleted when the"
          + " browser closes"),
  /** Args: the cookie's name, the option that asks for durations. */
  MISSING_DURATION(
      Severity.OFF,
      "MissingDuration",
      "@DeclaredCookie of cookie \"%s\" declares no duration, and -A%s=true asks every cookie for"
          + " one: add duration = \"P13M\" (an ISO-8601 period or duration, as long as the cookie"
          + " lasts), or duration = \"session\" for a cookie deleted when the browser closes"),
  /** Args: the cookie's name. */
  EXEMPT_NECESSARY(
      Severity.ERROR,
      "InvalidExemption",
      "@DeclaredCookie(exempt = true) on cookie \"%s\", a NECESSARY cookie: a necessary cookie"
          + " needs no consent, so it claims no exemption. Remove exempt = true"),
  /** Args: the cookie's name, its category. */
  EXEMPT_NOT_STATISTICS(
      Severity.ERROR,
      "InvalidExemption",
      "@DeclaredCookie(exempt = true) on cookie \"%s\" of category %s: only a STATISTICS cookie"
          + " may claim the exemption from consent for audience measurement (CNIL, délibération"
          + " n° 2020-091), and a %s cookie always needs consent. Remove exempt = true, or, if the"
          + " cookie only measures the site's own audience, anonymously, declare it STATISTICS"),
  /** Args: the cookie's name, what it declares ({@link Fragment}). */
  EXEMPT_TOO_LONG(
      Severity.ERROR,
      "InvalidExemption",
      "cookie \"%s\" claims the exemption from consent for audience measurement, which CNIL"
          + " grants only to a cookie that lasts at most 13 months, not extended by later visits"
          + " (délibération n° 2020-091 and its guidance on audience measurement), but it %s."
          + " Declare duration = \"P13M\" or less, and set no longer Max-Age; else remove exempt"
          + " = true: the cookie then needs consent"),

  /** Args: the language given, the cookie's name, the languages of the policy. */
  UNKNOWN_TRANSLATION_LANGUAGE(
      Severity.ERROR,
      "InvalidTranslation",
      "@CookieText(language = \"%s\") of cookie \"%s\" names a language that cookie-charter does"
          + " not write the policy in: use one of %s"),
  /** Args: the language, the cookie's name, the languages option, its value. */
  TRANSLATION_OF_OWN_LANGUAGE(
      Severity.ERROR,
      "InvalidTranslation",
      "@CookieText(language = \"%s\") of cookie \"%s\" is in the language of its"
          + " @DeclaredCookie, the first of -A%s=%s: the @DeclaredCookie's own service and purpose"
          + " are the texts in that language. Remove the @CookieText, or write the @DeclaredCookie"
          + " in that language"),
  /** Args: the cookie's name, the language. */
  DUPLICATE_TRANSLATION(
      Severity.ERROR,
      "InvalidTranslation",
      "cookie \"%s\" has two @CookieText(language = \"%s\"): keep one"),
  /** Args: the language, the element (service or purpose), the cookie's name, the element again. */
  BLANK_TRANSLATION(
      Severity.ERROR,
      "BlankValue",
      "@CookieText(language = \"%s\", %s) of cookie \"%s\" is blank, but the policy in that"
          + " language needs it: write the cookie's %s in that language"),
  /**
   * Args: the cookie's name, the constant's location, the language, the languages option, its
   * value, the language again.
   */
  MISSING_TRANSLATION(
      Severity.ERROR,
      "MissingTranslation",
      "cookie \"%s\" (%s) has no @CookieText(language = \"%s\"), but -A%s=%s writes the policy in"
          + " that language: add @CookieText(language = \"%s\", service = \"...\", purpose ="
          + " \"...\") next to its @DeclaredCookie"),

  // The charter: @CookieCharter and the platform.

  /** Args: the location of the first {@code @CookieCharter}. */
  DUPLICATE_CHARTER(
      Severity.ERROR,
      "DuplicateCharter",
      "@CookieCharter is already on %s: a compilation publishes one charter. Remove one of them"),
  /** Args: the platform option's name. */
  MISSING_PLATFORM(
      Severity.ERROR,
      "MissingPlatform",
      "the charter needs the platform's URL: write @CookieCharter(platform = \"https://...\") or"
          + " pass -A%s=https://..."),
  /** Args: the platform, why ({@link Fragment}). */
  INVALID_PLATFORM(
      Severity.ERROR,
      "InvalidPlatform",
      "platform \"%s\" (from @CookieCharter(platform)) is not an absolute http(s) URL: %s. Write it"
          + " like \"https://data.example.org\""),
  /** Args: the edition. */
  NEGATIVE_PURPOSE_EDITION(
      Severity.ERROR,
      "InvalidPurposeEdition",
      "@CookieCharter(purposeEdition) is %d, but an edition counts from 0: raise it by one each"
          + " time a purpose changes in substance, so that the banners ask the visitors again"),
  /** Args: the platform, the platform option's name, why ({@link Fragment}). */
  INVALID_PLATFORM_OPTION(
      Severity.ERROR,
      "InvalidPlatform",
      "platform \"%s\" (from option -A%s) is not an absolute http(s) URL: %s. Write it like"
          + " \"https://data.example.org\""),
  /**
   * Args: how many cookies the compilation's sources declare, the package to put the charter on,
   * the option that says the compilation is a library.
   */
  NO_CHARTER(
      Severity.WARNING,
      "NoCharter",
      "this compilation declares cookies (%d with @DeclaredCookie) but has no @CookieCharter, so it"
          + " writes no charter. If it is the application that publishes the charter, add a"
          + " package-info.java such as:\n"
          + "    @CookieCharter(platform = \"https://...\")\n"
          + "    package %s;\n"
          + "    import org.cookiecharter.CookieCharter;\n"
          + "If it is a library, whose cookies the applications that use it list in their"
          + " charters, say so with -A%s=true"),
  /** Args: the option that says the compilation is a library. */
  LIBRARY_WITH_CHARTER(
      Severity.ERROR,
      "InvalidOption",
      "-A%s=true says that this compilation is a library, whose cookies the applications that use"
          + " it publish, but this @CookieCharter publishes a charter: remove one of them"),

  /** Args: the file, its line, why. */
  INVALID_TEMPLATE_LINE(
      Severity.ERROR,
      "InvalidTemplate",
      "%s, line %d: %s. The policy is not written: fix the site's template, whose variables"
          + " cookie-charter's docs/outputs.md lists"),
  /** Args: the file, why. */
  INVALID_TEMPLATE(
      Severity.ERROR,
      "InvalidTemplate",
      "%s: %s. The policy is not written: fix the site's file, or take it out of"
          + " -Acookiecharter.templates"),

  // Calls that set cookies.

  /** Args: the name, the call ({@link Fragment#CONSTRUCTOR_CALL} and the like). */
  UNDECLARED_COOKIE(
      Severity.ERROR,
      "UndeclaredCookie",
      "cookie \"%s\" is set here by %s, but no @DeclaredCookie declares it: annotate the constant"
          + " that holds its name with @DeclaredCookie(provider, service, purpose, category) and"
          + " use that constant here"),
  /**
   * Args: what creates the session, the session cookie's name, the name again, the option that
   * names the session cookie.
   */
  SESSION_COOKIE(
      Severity.ERROR,
      "UndeclaredCookie",
      "%s makes the server set its session cookie \"%s\", which no @DeclaredCookie declares:"
          + " annotate a constant \"%s\" with @DeclaredCookie(provider, service, purpose,"
          + " category), or, if the session cookie has another name"
          + " (server.servlet.session.cookie.name, web.xml), pass -A%s=NAME"),
  /**
   * Args: the call that makes the framework set the cookie, its default name, the name again, the
   * method that renames it.
   */
  FRAMEWORK_COOKIE(
      Severity.ERROR,
      "UndeclaredCookie",
      "%s makes the framework set cookie \"%s\", its default name, but no @DeclaredCookie declares"
          + " it: annotate a constant \"%s\" with @DeclaredCookie(provider, service, purpose,"
          + " category), or rename the cookie with %s(...) where cookie-charter sees it, on the"
          + " same object or in the same configuration"),
  /** Args: the name, the call, the location of the constant, the option that sets the severity. */
  UNPUBLISHED_COOKIE(
      Severity.ERROR,
      "UnpublishedCookie",
      "cookie \"%s\" is set here by %s with %s, a @DeclaredCookie constant of a class on the"
          + " class path, but the charter does not list it: the build of that class did not run"
          + " cookie-charter's processor, which records its declarations for the charter. Put"
          + " cookie-charter on the processor path of that build (-A%s=warning makes this a"
          + " warning)"),
  /** Args: the call, the {@code @SuppressWarnings} key, the option that sets the severity. */
  COMPUTED_COOKIE_NAME(
      Severity.WARNING,
      "ComputedCookieName",
      "the name of the cookie set here by %s is computed at run time, so cookie-charter cannot"
          + " check that it is declared: use a @DeclaredCookie constant. If every name it can take"
          + " is declared, silence this call with @SuppressWarnings(\"%s\") on the enclosing"
          + " method (-A%s=ignore turns the check off)"),
  /**
   * Args: the call, the name's constant prefix, the prefix again (for the wildcard), the {@code
   * SuppressWarnings} key, the option that sets the severity.
   */
  COMPUTED_COOKIE_NAME_AFTER_PREFIX(
      Severity.WARNING,
      "ComputedCookieName",
      "the name of the cookie set here by %s starts with \"%s\", then is computed at run time, so"
          + " cookie-charter cannot check that it is declared: use a @DeclaredCookie constant, or"
          + " declare its family with a wildcard name, \"%s*\". If every name it can take is"
          + " declared, silence this call with @SuppressWarnings(\"%s\") on the enclosing method"
          + " (-A%s=ignore turns the check off)"),
  /**
   * Args: the name, the call, the max-age in seconds and in words, the declaration's location, its
   * duration as declared, in words and in seconds.
   */
  LIFETIME_EXCEEDS_DECLARATION(
      Severity.ERROR,
      "LifetimeExceedsDeclaration",
      "cookie \"%s\" is set here by %s with a max-age of %d seconds (%s), longer than the"
          + " duration that %s declares, \"%s\" (%s, about %d seconds): shorten the max-age, or"
          + " declare the duration it lasts, which the charter then shows"),
  /**
   * Args: the name, the call, the max-age in seconds and in words, the declaration's location, the
   * duration to declare.
   */
  MAX_AGE_ON_SESSION_COOKIE(
      Severity.ERROR,
      "LifetimeExceedsDeclaration",
      "cookie \"%s\" is set here by %s with a max-age of %d seconds (%s), but %s declares a"
          + " session cookie (duration = \"session\"), deleted when the browser closes: remove the"
          + " max-age, or declare duration = \"%s\", which the charter then shows"),
  /**
   * Args: the name, the call, the max-age in seconds and in words, the declaration's location, the
   * duration to declare, the option that makes this an error.
   */
  UNDECLARED_LIFETIME(
      Severity.WARNING,
      "UndeclaredLifetime",
      "cookie \"%s\" is set here by %s with a max-age of %d seconds (%s), but %s declares no"
          + " duration, so the charter does not say how long the cookie lasts: add duration ="
          + " \"%s\" to its @DeclaredCookie (-A%s=true makes this an error)"),
  /** Args: why ({@link Fragment}). */
  CALLS_NOT_CHECKED(
      Severity.NOTE,
      "CallsNotChecked",
      "cookie-setting calls were not checked for undeclared cookies: %s. The registry and the"
          + " charter are generated as usual"),

  // The build itself.

  /** Args: the option's name, its value, why ({@link Fragment}). */
  INVALID_OPTION(Severity.ERROR, "InvalidOption", "-A%s=%s is not valid: %s"),
  /** Args: the option as given, with its value if it has one; the closest option, the same way. */
  UNKNOWN_OPTION(
      Severity.ERROR,
      "InvalidOption",
      "-A%s is not an option of cookie-charter, so it would change nothing: did you mean -A%s?"),
  /** Args: the baseline's path, the option, the report ({@code CookieListDiffReport.text}). */
  COOKIE_LIST_CHANGED(
      Severity.WARNING,
      "CookieListChanged",
      "the cookie list changed since the baseline %s (-A%s):\n%sReview cookie-changes.md beside"
          + " the charter, then commit the new cookies.json as the baseline"),
  /** Args: the baseline's path, the option, the I/O error. */
  BASELINE_UNREADABLE(
      Severity.ERROR,
      "InvalidBaseline",
      "cannot read the baseline %s (-A%s): %s. Give the path of a cookies.json that the build"
          + " wrote, such as a release's, committed"),
  /** Args: the baseline's path, the option, why ({@code CookiesJson}'s words). */
  BASELINE_NOT_COOKIES_JSON(
      Severity.ERROR,
      "InvalidBaseline",
      "the baseline %s (-A%s) is not a cookies.json that cookie-charter wrote: %s. Give the path"
          + " of one that the build wrote, such as a release's, committed"),
  /** Args: the file's path, the I/O error. */
  WRITE_FAILED(Severity.ERROR, "WriteFailed", "cannot write %s: %s"),
  /** Args: the registry's qualified name, the compiler's reason. */
  REGISTRY_NOT_WRITTEN(
      Severity.ERROR,
      "WriteFailed",
      "cannot write %s: the compiler refuses (%s), as it already has a class of that name, and"
          + " not the one cookie-charter writes now. Eclipse's compiler does not write again a"
          + " class that it finds on the class path: if an earlier build left it in the class"
          + " output, build the module again from clean. If your sources have a class of that"
          + " name, rename it: cookie-charter generates its registry there"),
  /** Args: the missing class, where the processor's own classes were loaded from. */
  INCOMPLETE_PROCESSOR_PATH(
      Severity.ERROR,
      "IncompleteProcessorPath",
      "cookie-charter cannot run: its class %s is missing from the annotation processor path,"
          + " which has cookie-charter from %s. Put the cookie-charter-processor jar itself on the"
          + " processor path (Maven's annotationProcessorPaths, Gradle's annotationProcessor,"
          + " javac's -processorpath): it holds every class the processor needs, and needs nothing"
          + " else; a folder of its classes, or a jar rebuilt without its dependencies, is not"
          + " enough. Your code is not the cause"),
  /** Args: the stack trace. */
  INTERNAL_ERROR(
      Severity.ERROR,
      "InternalError",
      "cookie-charter failed unexpectedly. This is a bug in cookie-charter, not in your code:"
          + " please report it to the cookie-charter maintainers with this whole message.%n%s");

  private final Severity severity;
  private final String tag;
  private final String template;

  Message(Severity severity, String tag, String template) {
    this.severity = severity;
    this.tag = tag;
    this.template = template;
  }

  /** How the message is reported unless an option says otherwise. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** The rule's name in the tag, for example {@code NotAConstant}. */
  public String tagName() {
    return tag;
  }

  /** The stable tag, for example {@code [cookie-charter:NotAConstant]}. */
  public String tag() {
    return "[cookie-charter:" + tag + "]";
  }

  /** The whole message: the tag, then the text with {@code args} in place. */
  public String format(@Nullable Object... args) {
    return tag() + " " + String.format(Locale.ROOT, template, args);
  }

  /**
   * The words that complete a message where they vary: why something is invalid, how a call is
   * named. Each says which message it completes.
   */
  public enum Fragment {
    // NOT_A_CONSTANT: why the annotated element cannot hold a cookie's name.
    ENUM_CONSTANT("is an enum constant"),
    NOT_A_FIELD("is not a field"),
    NOT_STATIC("is not static"),
    NOT_FINAL("is not final"),
    /** Args: the field's type. */
    NOT_A_STRING("has type %s, not String"),
    NO_CONSTANT_VALUE("has no compile-time constant value"),
    /** Joins two or more of the above. */
    AND(" and "),

    // INVALID_COOKIE_NAME: why the name is not an RFC 6265 token.
    EMPTY_NAME("it is empty"),
    WILDCARD_WITHOUT_PREFIX("a family needs a prefix before its *"),
    BLANK_IN_NAME("it contains a blank"),
    /** Args: the code point. */
    CONTROL_IN_NAME("it contains the control character U+%04X"),
    /** Args: the code point. */
    NON_ASCII_IN_NAME("it contains the non-ASCII character U+%04X"),
    /** Args: the code point, the letter or digit itself. */
    NON_ASCII_LETTER_IN_NAME("it contains the non-ASCII character U+%04X %s"),
    /** Args: the separator. */
    SEPARATOR_IN_NAME("it contains %s"),

    // INVALID_DURATION: why the text is not a lifetime.
    DURATION_NOT_ISO_8601("it is neither \"session\" nor an ISO-8601 period or duration"),
    DURATION_ZERO("it is zero"),
    DURATION_NEGATIVE("it has a negative part"),
    DURATION_FRACTION_OF_A_SECOND(
        "it has a fraction of a second, and a cookie's Max-Age counts whole seconds"),

    // EXEMPT_TOO_LONG: what the exempt cookie declares.
    NO_DURATION("declares no duration"),
    /** Args: the duration as declared, in words. */
    DURATION_TOO_LONG("declares duration = \"%s\" (%s)"),

    // INVALID_PLATFORM and INVALID_PLATFORM_OPTION: why the URL is not usable.
    /** Args: the URI parser's reason, the index it stopped at. */
    URL_SYNTAX("%s at index %d"),
    NO_SCHEME("it has no scheme"),
    /** Args: the scheme. */
    NOT_HTTP("its scheme is %s, not http or https"),
    NO_HOST("it has no host (write an internationalised host name in its ASCII form)"),

    // DUPLICATE_CHARTER: where the first @CookieCharter is.
    /** Args: the package's name. */
    PACKAGE("package %s"),

    // INVALID_OPTION: why the value cannot be used.
    /** Args: the accepted values, joined with ", ". */
    NOT_ONE_OF("use one of %s"),
    /** Args: the code given, the languages of the policy. */
    UNKNOWN_LANGUAGE("\"%s\" is not a language the policy is written in: use %s"),
    /** Args: the code given. */
    LANGUAGE_TWICE("\"%s\" is given twice"),
    NOT_A_FOLDER("it is not a folder"),
    // BASELINE_UNREADABLE.
    NO_SUCH_FILE("there is no such file"),
    /** Args: the sink as given. */
    SINK_NOT_A_METHOD("\"%s\" is not of the form com.example.Type#method(index)"),
    /** Args: the sink as given. */
    SINK_INDEX_NOT_A_NUMBER("the index of the name argument in \"%s\" must be a number from 0"),
    /** Args: the sink as given. */
    SINK_NOT_A_NAME("\"%s\" does not name a type and a method (or <init>)"),

    // UNDECLARED_COOKIE and COMPUTED_COOKIE_NAME*: the call that sets the cookie.
    /** Args: the class's qualified name. */
    CONSTRUCTOR_CALL("new %s(...)"),
    /** Args: the class's qualified name, the method's name. */
    METHOD_CALL("%s.%s(...)"),
    /** Args: the call that writes the header. */
    SET_COOKIE_HEADER_CALL("a Set-Cookie header, %s"),
    /**
     * Args: what takes the name where it is written (a call, a field, a parameter), the call that
     * sets the cookie with it.
     */
    HANDED_TO("%s, which hands the name to %s"),
    /** Args: the class's qualified name, the field's name. */
    FIELD("the field %s.%s"),
    /** Args: the parameter's name, its method (a call fragment). */
    PARAMETER("the parameter %s of %s"),

    // SESSION_COOKIE: what else creates the session.
    /** Args: the parameter's type, its name. */
    SESSION_PARAMETER("the %s parameter %s of this request handler"),
    /** Args: the field's type, its name. */
    SESSION_FIELD("the injected %s %s"),

    // CALLS_NOT_CHECKED: why javac's trees cannot be reached.
    /** Args: the processing environment's class. */
    NOT_JAVAC(
        "the processing environment, %s, is not javac's and wraps none that cookie-charter can"
            + " find (Eclipse's compiler, or a build tool's wrapper)"),
    /** Args: the failure. */
    NO_JAVAC_TASK("javac's task is not available (%s)"),

    // INVALID_TEMPLATE and INVALID_TEMPLATE_LINE: why a site's file cannot be used.
    /** Args: the failure. */
    CANNOT_BE_READ("cannot be read: %s"),
    /** Args: the key of the missing text. */
    PROSE_WITHOUT_TEXT("it has no text %s"),
    /** Args: the variable the template uses. */
    NO_SUCH_VARIABLE("it uses {{%s}}, which is no variable there"),
    /** Args: the template engine's message. */
    DOES_NOT_PARSE("it does not parse: %s"),
    /** Args: the names of the files a site may replace. */
    REPLACES_NO_TEMPLATE("it replaces no template: name it one of %s"),

    // INTERNAL_ERROR: a call table that cookie-charter ships is wrong.
    /** Args: the type's name. */
    UNRESOLVED_PARAMETER_TYPE("a sink's parameter type is not on the class path: %s");

    private final String template;

    Fragment(String template) {
      this.template = template;
    }

    /** The words with {@code args} in place. */
    public String format(@Nullable Object... args) {
      return String.format(Locale.ROOT, template, args);
    }

    /** {@code parts} joined with {@link #AND}: "is not static and is not final". */
    public static String and(List<String> parts) {
      return String.join(AND.template, parts);
    }
  }
}
