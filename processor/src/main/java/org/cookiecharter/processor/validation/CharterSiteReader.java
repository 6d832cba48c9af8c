package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.util.Elements;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.CharterSite;

/**
 * Reads the compilation's {@code @CookieCharter}: there must be one, with an absolute http(s)
 * platform URL (from the option, else the annotation), and none in a compilation that says it is a
 * library.
 */
public final class CharterSiteReader {
  private final Elements elements;
  private final Optional<String> platformOption;
  private final boolean library;
  private final Diagnostics diagnostics;
  private final AnnotationValues annotations;

  /**
   * @param platformOption the platform given with {@link ProcessorOptions#PLATFORM}, which wins
   *     over the annotation's
   * @param library whether the compilation says it is a library ({@link ProcessorOptions#LIBRARY})
   */
  public CharterSiteReader(
      Elements elements,
      Optional<String> platformOption,
      boolean library,
      Diagnostics diagnostics) {
    this.elements = elements;
    this.platformOption = platformOption;
    this.library = library;
    this.diagnostics = diagnostics;
    this.annotations = new AnnotationValues(elements);
  }

  /**
   * The site among {@code annotated}, unless {@code known} was found in an earlier round. Every
   * other {@code @CookieCharter} is an error that names the one kept.
   */
  public Optional<CharterSite> read(Set<? extends Element> annotated, Optional<CharterSite> known) {
    List<Element> sorted = new ArrayList<>(annotated);
    sorted.sort(Comparator.comparing(CharterSiteReader::qualifiedName));
    CharterSite site = known.orElse(null);
    for (Element element : sorted) {
      Optional<AnnotationMirror> mirror =
          annotations.find(element, AnnotatedElements.COOKIE_CHARTER);
      if (mirror.isEmpty()) {
        continue;
      }
      if (site != null) {
        diagnostics.onAnnotation(element, mirror.get(), Message.DUPLICATE_CHARTER, site.location());
        continue;
      }
      if (library) {
        diagnostics.onAnnotation(
            element, mirror.get(), Message.LIBRARY_WITH_CHARTER, ProcessorOptions.LIBRARY);
      }
      site =
          new CharterSite(
              elements.getPackageOf(element).getQualifiedName().toString(),
              platform(element, mirror.get()),
              location(element),
              isInNamedModule(element),
              element,
              purposeEdition(element, mirror.get()));
    }
    return Optional.ofNullable(site);
  }

  /**
   * The platform, checked; reported where it was written: the annotation's value, or the option.
   */
  private String platform(Element element, AnnotationMirror mirror) {
    Optional<AnnotationValue> value = annotations.value(mirror, "platform");
    String platform = platformOption.or(() -> value.flatMap(annotations::string)).orElse("");
    if (platform.isBlank()) {
      diagnostics.onAnnotation(
          element, mirror, Message.MISSING_PLATFORM, ProcessorOptions.PLATFORM);
      return platform;
    }
    Optional<String> problem = PlatformUrl.problem(platform);
    if (problem.isPresent()) {
      if (platformOption.isPresent()) {
        diagnostics.onAnnotation(
            element,
            mirror,
            Message.INVALID_PLATFORM_OPTION,
            platform,
            ProcessorOptions.PLATFORM,
            problem.get());
      } else {
        diagnostics.onAnnotationValue(
            element, mirror, value.orElse(null), Message.INVALID_PLATFORM, platform, problem.get());
      }
    }
    return platform;
  }

  /** The purpose edition; a negative one is reported on its value and counts as 0. */
  private int purposeEdition(Element element, AnnotationMirror mirror) {
    Optional<AnnotationValue> value = annotations.value(mirror, "purposeEdition");
    int edition = value.flatMap(annotations::integer).orElse(0);
    if (edition < 0) {
      diagnostics.onAnnotationValue(
          element, mirror, value.orElse(null), Message.NEGATIVE_PURPOSE_EDITION, edition);
      return 0;
    }
    return edition;
  }

  private boolean isInNamedModule(Element element) {
    ModuleElement module = elements.getModuleOf(element);
    return module != null && !module.isUnnamed();
  }

  private static String qualifiedName(Element element) {
    return ((QualifiedNameable) element).getQualifiedName().toString();
  }

  /** Where the annotation is, as messages name it: a type's name, or "package" and its name. */
  private static String location(Element element) {
    String name = qualifiedName(element);
    return element instanceof PackageElement ? Message.Fragment.PACKAGE.format(name) : name;
  }
}
