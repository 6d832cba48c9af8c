package org.cookiecharter.processor.charter;

import java.util.List;
import java.util.Map;
import org.cookiecharter.CharterResources;
import org.cookiecharter.processor.charter.ConsentServices.Service;

/**
 * Klaro!'s {@code klaro-config.js}: the global {@code klaroConfig} it reads, a service per group of
 * cookies, the required ones on by default. Klaro! writes its titles as text.
 */
final class KlaroConfig implements BannerConfig {
  @Override
  public String file() {
    return CharterResources.KLARO_CONFIG;
  }

  @Override
  public String write(
      ConsentServices services,
      List<PolicyLanguage> languages,
      Map<PolicyLanguage, CharterProse> proses) {
    PolicyLanguage language = languages.get(0);
    List<Js> list = services.all().stream().map(service -> service(service, language)).toList();
    Js.Obj config =
        Js.lines().put("lang", language.code()).put("services", new Js.Arr(list, Js.Layout.LINES));
    return HEADER + "var klaroConfig = " + config.write(0) + ";\n";
  }

  private static Js service(Service service, PolicyLanguage language) {
    return Js.lines()
        .put("name", service.key())
        .put("title", service.title(language))
        .put(
            "purposes",
            new Js.Arr(List.of(Js.string(service.first().category().key())), Js.Layout.INLINE))
        .put(
            "cookies",
            new Js.Arr(
                service.cleared().stream().map(ConsentServices::matcher).toList(),
                Js.Layout.INLINE))
        .put("required", Js.bool(service.required()))
        .put("default", Js.bool(service.required()));
  }
}
