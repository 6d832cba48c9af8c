package org.cookiecharter;

/**
 * Where the build writes the charter: class-path resource names, so that an application serves or
 * prints its own charter without repeating them.
 *
 * <pre>{@code
 * try (InputStream in = MyApp.class.getClassLoader().getResourceAsStream(CharterResources.HTML)) {
 *   ...
 * }
 * }</pre>
 */
public final class CharterResources {
  /** The folder of all charter files, in the class output and so in the jar. */
  public static final String DIRECTORY = "META-INF/cookie-charter/";

  /** The charter as plain text, table rows tab-separated. */
  public static final String TEXT = DIRECTORY + "charte-cookies.txt";

  /** The charter as Markdown, with a pipe table per section. */
  public static final String MARKDOWN = DIRECTORY + "charte-cookies.md";

  /** The charter as an HTML fragment to embed in a page. */
  public static final String HTML = DIRECTORY + "charte-cookies.html";

  /** The platform and every cookie with all its fields, as JSON. */
  public static final String JSON = DIRECTORY + "cookies.json";

  private CharterResources() {}
}
