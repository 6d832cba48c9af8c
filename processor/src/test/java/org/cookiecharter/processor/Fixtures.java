package org.cookiecharter.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Sources the tests compile: the portal of the published charters and its variations. */
final class Fixtures {
  private Fixtures() {}

  /** The four cookies that the three published charters declare, in their order. */
  static JavaFileObject portalCookies() {
    return JavaFileObjects.forSourceString(
        "org.example.portal.PortalCookies",
        """
        package org.example.portal;

        import org.cookiecharter.CookieCategory;
        import org.cookiecharter.DeclaredCookie;

        public final class PortalCookies {
          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Authentification (front et back office)",
              purpose = "Se souvenir de l'utilisateur d'une page à une autre.",
              category = CookieCategory.NECESSARY)
          public static final String SESSION_ID = "sessionid";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Sélection de la langue (front et back office)",
              purpose = "Se souvenir de la langue du visiteur",
              category = CookieCategory.NECESSARY)
          public static final String LANGUAGE = "django_language";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "API (CSRF) (front et back office)",
              purpose = "Récupérer des données via des appels API",
              category = CookieCategory.NECESSARY)
          public static final String CSRF_TOKEN = "csrftoken";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Choix concernant vos préférences sur les cookies",
              purpose = "Se souvenir du choix opéré par le visiteur concernant les cookies",
              category = CookieCategory.NECESSARY)
          public static final String COOKIE_PREFERENCES = "cookies_preferences";

          private PortalCookies() {}
        }
        """);
  }

  /**
   * {@code package-info.java} of {@code org.example.portal} with {@code @CookieCharter(platform)}.
   */
  static JavaFileObject site(String platform) {
    return site("org.example.portal", "platform = \"" + platform + "\"");
  }

  /** {@code package-info.java} of {@code packageName} with {@code @CookieCharter(arguments)}. */
  static JavaFileObject site(String packageName, String arguments) {
    return JavaFileObjects.forSourceLines(
        packageName + ".package-info",
        "@CookieCharter(" + arguments + ")",
        "package " + packageName + ";",
        "",
        "import org.cookiecharter.CookieCharter;");
  }

  /** One line: a {@code @DeclaredCookie} constant with provider P, service S and purpose U. */
  static String cookie(String field, String name, String category) {
    return "  @DeclaredCookie(provider = \"P\", service = \"S\", purpose = \"U\", category ="
        + " CookieCategory."
        + category
        + ") static final String "
        + field
        + " = \""
        + name
        + "\";";
  }

  /** A public class {@code className} with these member lines; it imports the annotations. */
  static JavaFileObject declaring(String className, String... members) {
    int dot = className.lastIndexOf('.');
    List<String> lines = new ArrayList<>();
    lines.add("package " + className.substring(0, dot) + ";");
    lines.add("import org.cookiecharter.CookieCategory;");
    lines.add("import org.cookiecharter.DeclaredCookie;");
    lines.add("public final class " + className.substring(dot + 1) + " {");
    lines.addAll(List.of(members));
    lines.add("}");
    return JavaFileObjects.forSourceLines(className, lines);
  }
}
