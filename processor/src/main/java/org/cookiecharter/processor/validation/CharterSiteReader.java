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
import org.cookiecharter.CookieCharter;
import org.cookiecharter.processor.ProcessorOptions;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.CharterSite;

/**
 * Reads the compilation's {@code @CookieCharter}: there must be one, with an absolute http(s)
 * platform URL (from the option, else the annotation).
 */
public final class CharterSiteReader {
  private static final String COOKIE_CHARTER = CookieCharter.class.getCanonicalName();

  private final Elements elements;
  private final ProcessorOptions options;
  private final Diagnostics diagnostics;
  private final AnnotationValues annotations;

  public CharterSiteReader(Elements elements, ProcessorOptions options, Diagnostics diagnostics) {
    this.elements = elements;
    this.options = options;
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
      Optional<AnnotationMirror> mirror = annotations.find(element, COOKIE_CHARTER);
      if (mirror.isEmpty()) {
        continue;
      }
      if (site != null) {
        diagnostics.report(
            Message.DUPLICATE_CHARTER, element, mirror.get(), null, site.location());
        continue;
      }
      site =
          new CharterSite(
              elements.getPackageOf(element).getQualifiedName().toString(),
              platform(element, mirror.get()),
              location(element),
              isInNamedModule(element));
    }
    return Optional.ofNullable(site);
  }

  /** The platform, checked; reported where it was written: the annotation's value, or the option. */
  private String platform(Element element, AnnotationMirror mirror) {
    Optional<AnnotationValue> value = annotations.value(mirror, "platform");
    Optional<String> option = options.platform();
    String platform = option.or(() -> value.flatMap(annotations::string)).orElse("");
    if (platform.isBlank()) {
      diagnostics.report(
          Message.MISSING_PLATFORM, element, mirror, null, ProcessorOptions.PLATFORM);
      return platform;
    }
    String source =
        option.isPresent() ? "option -A" + ProcessorOptions.PLATFORM : "@CookieCharter(platform)";
    AnnotationValue at = option.isPresent() ? null : value.orElse(null);
    PlatformUrl.problem(platform)
        .ifPresent(
            problem ->
                diagnostics.report(
                    Message.INVALID_PLATFORM, element, mirror, at, platform, source, problem));
    return platform;
  }

  private boolean isInNamedModule(Element element) {
    ModuleElement module = elements.getModuleOf(element);
    return module != null && !module.isUnnamed();
  }

  private static String qualifiedName(Element element) {
    return ((QualifiedNameable) element).getQualifiedName().toString();
  }

  private static String location(Element element) {
    String name = qualifiedName(element);
    return element instanceof PackageElement ? "package " + name : name;
  }
}
