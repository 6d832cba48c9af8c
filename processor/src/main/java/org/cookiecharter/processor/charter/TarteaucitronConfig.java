package org.cookiecharter.processor.charter;

import java.util.List;
import java.util.Map;
import org.cookiecharter.CharterResources;
import org.cookiecharter.CookieCategory;
import org.cookiecharter.WildcardNames;
import org.cookiecharter.processor.charter.ConsentServices.Service;
import org.cookiecharter.processor.model.CookieDeclaration;

/**
 * tarteaucitron's {@code tarteaucitron-services.js}: a service per group of cookies, each defined
 * in {@code tarteaucitron.services} and pushed on the job list. tarteaucitron clears a cookie by
 * its name's start, and writes a service's name as HTML.
 */
final class TarteaucitronConfig implements BannerConfig {
  @Override
  public String file() {
    return CharterResources.TARTEAUCITRON_SERVICES;
  }

  @Override
  public String write(
      ConsentServices services,
      List<PolicyLanguage> languages,
      Map<PolicyLanguage, CharterProse> proses) {
    StringBuilder out = new StringBuilder(HEADER);
    out.append("tarteaucitron.job = tarteaucitron.job || [];\n");
    for (Service service : services.all()) {
      String key = Js.string(service.key()).write(0);
      out.append("tarteaucitron.services[").append(key).append("] = ");
      out.append(service(service, services, languages.get(0)).write(0)).append(";\n");
      out.append("tarteaucitron.job.push(").append(key).append(");\n");
    }
    return out.toString();
  }

  private static Js service(Service service, ConsentServices services, PolicyLanguage language) {
    boolean statistics = service.first().category() == CookieCategory.STATISTICS;
    return Js.lines()
        .put("key", service.key())
        .put("type", statistics ? "analytic" : "other")
        .put("name", services.html(service.title(language)))
        .put("uri", "")
        .put("needConsent", Js.bool(!service.required()))
        .put(
            "cookies",
            new Js.Arr(
                service.cleared().stream().map(TarteaucitronConfig::start).toList(),
                Js.Layout.INLINE))
        .put("js", Js.code("function () {}"))
        .put("fallback", Js.code("function () {}"));
  }

  /** What the names of the cookie start with: its name, or a family's prefix. */
  private static Js start(CookieDeclaration cookie) {
    String name = cookie.name();
    return Js.string(WildcardNames.isWildcard(name) ? WildcardNames.prefix(name) : name);
  }
}
