package org.cookiecharter.processor.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.Json;
import org.cookiecharter.processor.VisibleTypes;
import org.cookiecharter.processor.charter.CharterRenderer;
import org.cookiecharter.processor.charter.PolicyLanguage;
import org.cookiecharter.processor.charter.SiteTemplates;
import org.cookiecharter.processor.charter.TemplateProblem;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CharterSite;
import org.cookiecharter.processor.model.DeclarationIndex;
import org.cookiecharter.processor.model.DeclaringClass;

/**
 * Writes what the build generates through javac's {@link Filer}: the registry's source, its cookies
 * file, and the charter's files. A file that cannot be written is a {@link Message#WRITE_FAILED}
 * error. Each file names the elements it comes from, for build tools that track them.
 */
public final class OutputWriter {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Filer filer;
  private final Elements elements;
  private final Diagnostics diagnostics;

  /** The declaring classes whose index entry this compilation wrote. */
  private final Set<String> indexed = new HashSet<>();

  public OutputWriter(Filer filer, Elements elements, Diagnostics diagnostics) {
    this.filer = filer;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * {@code CookieRegistry} in the site's package; its cookies file is written later. Where the
   * compiler refuses to write it because it already has that class, from an earlier build's output
   * on the class path (Eclipse's compiler does), that class will do if it is the one this would
   * write: its digest says.
   */
  public void writeRegistry(CharterSite site, List<Element> originating) {
    String name = RegistryGenerator.qualifiedName(site.packageName());
    RegistryGenerator.Registry registry =
        new RegistryGenerator(generatedAnnotation(site))
            .generate(site.packageName(), site.platform());
    try (Writer out =
        filer.createSourceFile(name, originating.toArray(new Element[0])).openWriter()) {
      out.write(registry.source());
    } catch (FilerException e) {
      if (!compiledAlready(name, registry.digest())) {
        diagnostics.onCompilation(
            Message.REGISTRY_NOT_WRITTEN, name, String.valueOf(e.getMessage()));
      }
    } catch (IOException e) {
      diagnostics.onCompilation(Message.WRITE_FAILED, name, e);
    }
  }

  /** Whether the compiler has the registry {@code name} already, with {@code digest}. */
  private boolean compiledAlready(String name, String digest) {
    TypeElement existing = elements.getTypeElement(name);
    if (existing == null) {
      return false;
    }
    for (Element member : existing.getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(RegistryGenerator.DIGEST_FIELD)
          && member instanceof VariableElement field) {
        return digest.equals(field.getConstantValue());
      }
    }
    return false;
  }

  /**
   * The {@link DeclarationIndex} entry of each of {@code declaringClasses} that has none yet in
   * this compilation, so that the compilations that have these classes on their class path find
   * their declarations.
   */
  public void writeIndexEntries(Collection<DeclaringClass> declaringClasses) {
    for (DeclaringClass declaring : declaringClasses) {
      String name = declaring.type().getQualifiedName().toString();
      if (!name.isEmpty() && indexed.add(name)) { // a local class has no name to find it by
        Map<String, String> constants = new LinkedHashMap<>();
        constants.put(DeclarationIndex.DECLARING_CLASS, name);
        constants.put(
            DeclarationIndex.DECLARED_FIELDS,
            String.join(DeclarationIndex.FIELD_SEPARATOR, declaring.fields()));
        writeEntry(declaring.type(), DeclarationIndex.entryName(name), constants);
      }
    }
  }

  /**
   * The {@link DeclarationIndex} site entry of the charter's site, so that a compilation of some of
   * this module's files alone, with this output on its class path, finds it.
   */
  public void writeSiteEntry(CharterSite site) {
    Element element = site.element();
    boolean isPackage = element instanceof PackageElement;
    String name = ((QualifiedNameable) element).getQualifiedName().toString();
    writeEntry(
        element,
        DeclarationIndex.siteEntryName(name),
        Map.of(isPackage ? DeclarationIndex.CHARTER_PACKAGE : DeclarationIndex.CHARTER_TYPE, name));
  }

  /**
   * A class of the index ({@link IndexEntryClass}): a constant for each of {@code constants}, named
   * by its key. Written in the last round as a resource of the class output, not with {@link
   * Filer#createClassFile}: javac would start one more round for a new class file, entering every
   * compilation unit again, and warns about one created in the last round. No code of this
   * compilation uses the entries; the compilations that have this output on their class path find
   * them as classes.
   */
  private void writeEntry(Element origin, String entry, Map<String, String> constants) {
    String packageName = DeclarationIndex.packageOf(elements.getModuleOf(origin));
    String name = packageName + "." + entry;
    try (OutputStream out =
        filer
            .createResource(StandardLocation.CLASS_OUTPUT, packageName, entry + ".class", origin)
            .openOutputStream()) {
      out.write(IndexEntryClass.bytes(name, constants));
    } catch (IOException e) {
      diagnostics.onCompilation(Message.WRITE_FAILED, name, e);
    }
  }

  /** The registry's cookies, beside its class: every cookie of the charter. */
  public void writeRegistryCookies(CharterSite site, Charter charter, List<Element> originating) {
    writeResource(
        RegistryGenerator.dataFilePath(site.packageName()),
        out -> CookieIndex.of(charter.definitions()).write(out),
        originating);
  }

  /** The charter in each of its formats, under {@code META-INF/cookie-charter/}. */
  public void writeCharter(
      Charter charter,
      List<PolicyLanguage> languages,
      Optional<Path> siteTemplates,
      List<Element> originating) {
    Map<String, String> files;
    try {
      SiteTemplates templates =
          siteTemplates.isPresent()
              ? SiteTemplates.in(siteTemplates.get())
              : SiteTemplates.builtIn();
      files = CharterRenderer.load(templates).render(charter, languages);
    } catch (TemplateProblem problem) { // nothing written: every file, or none
      if (problem.line().isPresent()) {
        diagnostics.onCompilation(
            Message.INVALID_TEMPLATE_LINE,
            problem.file(),
            problem.line().getAsInt(),
            problem.reason());
      } else {
        diagnostics.onCompilation(Message.INVALID_TEMPLATE, problem.file(), problem.reason());
      }
      return;
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
      writeResource(file.getKey(), out -> out.write(content), originating);
    }
  }

  /**
   * GraalVM's resource configuration of what the build wrote, so that a native image of the
   * application keeps them: the charter's folder and, with the registry, its cookies file. Under
   * {@code META-INF/native-image/cookie-charter/<site package>/}, where native-image finds it.
   */
  public void writeNativeImageConfig(
      CharterSite site, boolean registry, List<Element> originating) {
    StringBuilder config = new StringBuilder("{\n  \"resources\": {\n    \"includes\": [\n");
    List<String> patterns = new java.util.ArrayList<>();
    patterns.add("\\Q" + CharterResources.DIRECTORY + "\\E.*");
    if (registry) {
      patterns.add("\\Q" + RegistryGenerator.dataFilePath(site.packageName()) + "\\E");
    }
    for (int i = 0; i < patterns.size(); i++) {
      config.append("      {\"pattern\": ");
      Json.string(config, patterns.get(i));
      config.append(i + 1 < patterns.size() ? "},\n" : "}\n");
    }
    config.append("    ]\n  }\n}\n");
    byte[] content = config.toString().getBytes(StandardCharsets.UTF_8);
    writeResource(
        nativeImageConfigPath(site.packageName()), out -> out.write(content), originating);
  }

  /** Where {@link #writeNativeImageConfig} writes: one folder per site, so that two never meet. */
  public static String nativeImageConfigPath(String sitePackage) {
    return "META-INF/native-image/cookie-charter/"
        + (sitePackage.isEmpty() ? "unnamed" : sitePackage)
        + "/resource-config.json";
  }

  /** {@code cookie-changes.md}: what changed since the baseline. */
  public void writeChanges(String markdown, List<Element> originating) {
    byte[] content = markdown.getBytes(StandardCharsets.UTF_8);
    writeResource(CharterResources.CHANGES, out -> out.write(content), originating);
  }

  /** What writes a resource's content. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a class-output resource; {@code path} is its class-path name. */
  private void writeResource(String path, Content content, List<Element> originating) {
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]));
      try (OutputStream out = resource.openOutputStream()) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      diagnostics.onCompilation(Message.WRITE_FAILED, path, e);
    }
  }

  /**
   * Whether the registry's code can use {@code @Generated}: it is in module {@code java.compiler},
   * which code in a named module may not read.
   */
  private boolean generatedAnnotation(CharterSite site) {
    return !site.inNamedModule()
        && VisibleTypes.from(elements, site.element()).type(GENERATED) != null;
  }
}
