package org.cookiecharter.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * A portal whose cookies declare their lifetimes, as on info-financiere.gouv.fr, with two
   * audience-measurement cookies exempt from consent and one cookie that declares none.
   */
  static JavaFileObject portalCookiesWithLifetimes() {
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
              category = CookieCategory.NECESSARY,
              duration = "P14D")
          public static final String SESSION_ID = "sessionid";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Sélection de la langue (front et back office)",
              purpose = "Se souvenir de la langue du visiteur",
              category = CookieCategory.NECESSARY,
              duration = "P1Y")
          public static final String LANGUAGE = "django_language";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "API (CSRF) (front et back office)",
              purpose = "Récupérer des données via des appels API",
              category = CookieCategory.NECESSARY,
              duration = "P12M")
          public static final String CSRF_TOKEN = "csrftoken";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Choix concernant vos préférences sur les cookies",
              purpose = "Se souvenir du choix opéré par le visiteur concernant les cookies",
              category = CookieCategory.NECESSARY,
              duration = "P6M")
          public static final String COOKIE_PREFERENCES = "cookies_preferences";

          @DeclaredCookie(
              provider = "Opendatasoft",
              service = "Formulaires (front office)",
              purpose = "Protéger les formulaires contre les envois répétés",
              category = CookieCategory.NECESSARY,
              duration = "session")
          public static final String FORM_TOKEN = "form_token";

          @DeclaredCookie(
              provider = "Matomo (hébergé par la plateforme)",
              service = "Mesure d'audience (toutes les pages)",
              purpose = "Distinguer les visiteurs pour des statistiques anonymes de fréquentation",
              category = CookieCategory.STATISTICS,
              duration = "P13M",
              exempt = true)
          public static final String VISITOR = "_pk_id.*";

          @DeclaredCookie(
              provider = "Matomo (hébergé par la plateforme)",
              service = "Mesure d'audience (toutes les pages)",
              purpose = "Regrouper les pages vues d'une même visite",
              category = CookieCategory.STATISTICS,
              duration = "PT30M",
              exempt = true)
          public static final String VISIT = "_pk_ses.*";

          @DeclaredCookie(
              provider = "YouTube",
              service = "Vidéos intégrées (pages de jeux de données)",
              purpose = "Mesurer l'audience des vidéos et proposer des recommandations",
              category = CookieCategory.THIRD_PARTY)
          public static final String YOUTUBE = "VISITOR_INFO1_LIVE";

          private PortalCookies() {}
        }
        """);
  }

  /** The English texts of {@link #portalCookiesWithLifetimes()}'s cookies, by field. */
  private static final Map<String, String> ENGLISH =
      Map.of(
          "SESSION_ID",
          "service = \"Authentication (front and back office)\","
              + " purpose = \"Remembers the user from one page to the next.\"",
          "LANGUAGE",
          "service = \"Language selection (front and back office)\","
              + " purpose = \"Remembers the visitor's language\"",
          "CSRF_TOKEN",
          "service = \"API (CSRF) (front and back office)\","
              + " purpose = \"Protects API calls against forged requests\"",
          "COOKIE_PREFERENCES",
          "service = \"Your cookie choices\","
              + " purpose = \"Remembers the visitor's choices about cookies\"",
          "FORM_TOKEN",
          "service = \"Forms (front office)\","
              + " purpose = \"Protects forms against repeated submissions\"",
          "VISITOR",
          "service = \"Audience measurement (every page)\","
              + " purpose = \"Tells visitors apart for anonymous visit statistics\"",
          "VISIT",
          "service = \"Audience measurement (every page)\","
              + " purpose = \"Groups the pages seen in one visit\"",
          "YOUTUBE",
          "service = \"Embedded videos (dataset pages)\","
              + " purpose = \"Measures the videos' audience and suggests <other> videos\"");

  /**
   * {@link #portalCookiesWithLifetimes()} with each cookie's English texts beside it, in a
   * {@code @CookieText(language = "en", ...)}.
   */
  static JavaFileObject portalCookiesInEnglishToo() {
    String source;
    try {
      source = portalCookiesWithLifetimes().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (Map.Entry<String, String> english : ENGLISH.entrySet()) {
      String constant = "  public static final String " + english.getKey() + " =";
      source =
          source.replace(
              constant,
              "  @org.cookiecharter.CookieText(language = \"en\", "
                  + english.getValue()
                  + ")\n"
                  + constant);
    }
    return JavaFileObjects.forSourceString("org.example.portal.PortalCookies", source);
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
