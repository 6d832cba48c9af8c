package org.cookiecharter.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor prints, in one place. Each starts with a stable tag, {@code
 * [cookie-charter:Name]}, that builds and documentation can search for; the rest says what is wrong
 * and how to fix it. The README lists them all.
 */
public enum Message {
  NOT_A_CONSTANT(
      Diagnostic.Kind.ERROR,
      "NotAConstant",
      "@DeclaredCookie must be on a static final String constant that holds the cookie's name, but"
          + " %s %s. Declare it as: static final String %s = \"cookie-name\";"),
  BLANK_VALUE(
      Diagnostic.Kind.ERROR,
      "BlankValue",
      "@DeclaredCookie(%s) of cookie \"%s\" is blank, but the charter's \"%s\" column needs it:"
          + " write %s"),
  INVALID_COOKIE_NAME(
      Diagnostic.Kind.ERROR,
      "InvalidCookieName",
      "\"%s\" (%s) is not a valid cookie name: %s. A cookie name is an RFC 6265 token: printable"
          + " ASCII without blanks or any of ( ) < > @ , ; : \\ \" / [ ] ? = { }; a final * declares"
          + " a family of names, such as \"_ga_*\""),
  DUPLICATE_COOKIE(
      Diagnostic.Kind.ERROR,
      "DuplicateCookie",
      "cookie \"%s\" is declared twice: %s already declares it. Keep one declaration and use its"
          + " constant everywhere"),
  DUPLICATE_CHARTER(
      Diagnostic.Kind.ERROR,
      "DuplicateCharter",
      "@CookieCharter is already on %s: a compilation publishes one charter. Remove one of them"),
  MISSING_PLATFORM(
      Diagnostic.Kind.ERROR,
      "MissingPlatform",
      "the charter needs the platform's URL: write @CookieCharter(platform = \"https://...\") or"
          + " pass -A%s=https://..."),
  INVALID_PLATFORM(
      Diagnostic.Kind.ERROR,
      "InvalidPlatform",
      "platform \"%s\" (from %s) is not an absolute http(s) URL: %s. Write it like"
          + " \"https://data.example.org\""),
  NO_CHARTER(
      Diagnostic.Kind.WARNING,
      "NoCharter",
      "%d cookie(s) declared with @DeclaredCookie, but no @CookieCharter in this compilation: no"
          + " CookieRegistry and no charter are written. If this code is the application that"
          + " publishes the charter, put @CookieCharter(platform = \"https://...\") on its package"),
  WRITE_FAILED(
      Diagnostic.Kind.ERROR,
      "WriteFailed",
      "cannot write %s: %s"),
  UNDECLARED_CONSTANT(
      Diagnostic.Kind.ERROR,
      "UndeclaredCookie",
      "%s is a String constant of @CookieCatalog %s, but no @DeclaredCookie documents cookie"
          + " \"%s\": annotate it with @DeclaredCookie(provider, service, purpose, category), or"
          + " move it out of the catalog"),
  UNDECLARED_COOKIE(
      Diagnostic.Kind.ERROR,
      "UndeclaredCookie",
      "cookie \"%s\" is set here by %s, but no @DeclaredCookie declares it: annotate the"
          + " constant that holds its name with @DeclaredCookie(provider, service, purpose,"
          + " category) and use that constant here"),
  COMPUTED_COOKIE_NAME(
      Diagnostic.Kind.WARNING,
      "ComputedCookieName",
      "the name of the cookie set here by %s %s, so cookie-charter cannot check that it is"
          + " declared: use a @DeclaredCookie constant%s. If every name it can take is declared,"
          + " silence this call with @SuppressWarnings(\"cookie-charter\") on the enclosing method"
          + " (-Acookiecharter.computed=ignore turns the check off)"),
  SITES_NOT_CHECKED(
      Diagnostic.Kind.NOTE,
      "SitesNotChecked",
      "cookie-setting calls were not checked for undeclared cookies: %s. The registry and the"
          + " charter are generated as usual"),
  INVALID_OPTION(
      Diagnostic.Kind.ERROR,
      "InvalidOption",
      "-A%s=%s is not valid: %s"),
  INTERNAL_ERROR(
      Diagnostic.Kind.ERROR,
      "InternalError",
      "cookie-charter failed unexpectedly. This is a bug in cookie-charter, not in your code:"
          + " please report it to the cookie-charter maintainers with this whole message.%n%s");

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String template;

  Message(Diagnostic.Kind kind, String tag, String template) {
    this.kind = kind;
    this.tag = tag;
    this.template = template;
  }

  /** Error, warning or note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable tag, for example {@code [cookie-charter:NotAConstant]}. */
  public String tag() {
    return "[cookie-charter:" + tag + "]";
  }

  /** The whole message: the tag, then the text with {@code args} in place. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, template, args);
  }
}
