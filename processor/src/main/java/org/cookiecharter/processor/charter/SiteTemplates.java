package org.cookiecharter.processor.charter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cookiecharter.processor.Resources;
import org.cookiecharter.processor.diagnostic.Message.Fragment;

/**
 * The templates and prose files of the policy: the built-in ones beside this class, each replaced
 * by the file of the same name in the site's folder ({@code -Acookiecharter.templates=DIR}), if
 * there is one.
 */
public final class SiteTemplates {
  /** The stylesheet of the HTML fragments, written as it is. */
  static final String STYLESHEET = "charte-cookies.css";

  private final Map<String, String> replaced;
  private final Optional<Path> folder;

  private SiteTemplates(Map<String, String> replaced, Optional<Path> folder) {
    this.replaced = replaced;
    this.folder = folder;
  }

  /** The built-in templates and prose files. */
  public static SiteTemplates builtIn() {
    return new SiteTemplates(Map.of(), Optional.empty());
  }

  /**
   * The site's files in {@code folder}, read now.
   *
   * @throws TemplateProblem if a file cannot be read, or replaces none of the built-in ones
   */
  public static SiteTemplates in(Path folder) throws TemplateProblem {
    Map<String, String> replaced = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!names().contains(name)) {
          throw TemplateProblem.inFile(
              file.toString(), Fragment.REPLACES_NO_TEMPLATE.format(names()));
        }
        replaced.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw TemplateProblem.inFile(folder.toString(), Fragment.CANNOT_BE_READ.format(e));
    }
    return new SiteTemplates(Map.copyOf(replaced), Optional.of(folder));
  }

  /** The names a site's file may have: the built-in templates' and prose files'. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (PolicyFormat format : PolicyFormat.values()) {
      names.add(format.template());
    }
    names.add(STYLESHEET);
    for (PolicyLanguage language : PolicyLanguage.values()) {
      names.add(language.proseFile());
    }
    return names;
  }

  /** The file {@code name}: the site's, or the built-in one. */
  Reader open(String name) throws IOException {
    String text = replaced.get(name);
    return text != null ? new StringReader(text) : Resources.open(SiteTemplates.class, name);
  }

  /** How messages name the file {@code name}: the site's path, or the built-in name. */
  String describe(String name) {
    return replaced.containsKey(name) && folder.isPresent()
        ? folder.get().resolve(name).toString()
        : name;
  }
}
