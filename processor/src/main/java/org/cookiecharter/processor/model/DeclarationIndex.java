package org.cookiecharter.processor.model;

import javax.lang.model.element.ModuleElement;

/**
 * Where a compilation records the classes that declare cookies, so that a later compilation finds
 * them on its class path: one small generated class per declaring class, in a package of its own,
 * holding the declaring class's name as a constant. javac cannot list the resources of a jar, but
 * it lists the classes of a package, also those found in jars ({@code
 * Elements.getPackageElement(p).getEnclosedElements()}), as Hilt aggregates its libraries.
 *
 * <p>The entry's name is derived from the declaring class's name one-to-one, so that two libraries
 * never write the same entry for different classes. Code in a named module records its entries in a
 * package named after its module: two modules must not share a package.
 *
 * <p>The compilation that publishes the charter also records where its {@code @CookieCharter} is,
 * in a site entry, so that a compilation of some of its files alone, with its earlier output on the
 * class path (an IDE, an incremental build), still writes the whole charter.
 */
public final class DeclarationIndex {
  /** The package of the entries of code in the unnamed module (on the class path). */
  public static final String PACKAGE = "org.cookiecharter.aggregated";

  /** The constant of each entry that holds the declaring class's canonical name. */
  public static final String DECLARING_CLASS = "DECLARING_CLASS";

  /**
   * The constant of each entry that holds the names of the declaring class's
   * {@code @DeclaredCookie} fields in source order, separated by {@link #FIELD_SEPARATOR}: the
   * order of its cookies in the charter, which a compiler that lists a class file's fields in
   * another order (Eclipse's, by name) cannot tell. An entry written before it has none: its
   * class's fields are then in the order the compiler lists them.
   */
  public static final String DECLARED_FIELDS = "DECLARED_FIELDS";

  /** Between the names of {@link #DECLARED_FIELDS}: no Java identifier holds it. */
  public static final String FIELD_SEPARATOR = ",";

  /**
   * The constant of a site entry that holds the name of the package with {@code @CookieCharter}.
   */
  public static final String CHARTER_PACKAGE = "CHARTER_PACKAGE";

  /** The constant of a site entry that holds the name of the type with {@code @CookieCharter}. */
  public static final String CHARTER_TYPE = "CHARTER_TYPE";

  private static final String PREFIX = "Declares_";
  private static final String SITE_PREFIX = "Charter_";

  private DeclarationIndex() {}

  /** The package of the entries of code in {@code module}. */
  public static String packageOf(ModuleElement module) {
    return module == null || module.isUnnamed()
        ? PACKAGE
        : PACKAGE + ".module_" + mangle(module.getQualifiedName().toString());
  }

  /** The simple name of the entry of the class called {@code canonicalName}. */
  public static String entryName(String canonicalName) {
    return PREFIX + mangle(canonicalName);
  }

  /** Whether a class of an index package is an entry. */
  public static boolean isEntry(String simpleName) {
    return simpleName.startsWith(PREFIX);
  }

  /** The simple name of the site entry of the package or type called {@code qualifiedName}. */
  public static String siteEntryName(String qualifiedName) {
    return SITE_PREFIX + mangle(qualifiedName);
  }

  /** Whether a class of an index package is a site entry. */
  public static boolean isSiteEntry(String simpleName) {
    return simpleName.startsWith(SITE_PREFIX);
  }

  /**
   * A Java identifier for a qualified name, one-to-one: {@code _} becomes {@code _1}, {@code $}
   * becomes {@code _2}, then {@code .} becomes {@code _}.
   */
  private static String mangle(String qualifiedName) {
    return qualifiedName.replace("_", "_1").replace("$", "_2").replace('.', '_');
  }
}
