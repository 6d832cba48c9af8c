package org.cookiecharter.processor.charter;

import static com.google.common.truth.Truth.assertThat;

import org.cookiecharter.CharterResources;
import org.junit.jupiter.api.Test;

/**
 * The files a language and a format make are those that CharterResources names for applications.
 */
class PolicyFilesTest {
  @Test
  void eachLanguageWritesTheFilesCharterResourcesNames() {
    assertThat(PolicyLanguage.FRENCH.file(PolicyFormat.TEXT)).isEqualTo(CharterResources.TEXT);
    assertThat(PolicyLanguage.FRENCH.file(PolicyFormat.MARKDOWN))
        .isEqualTo(CharterResources.MARKDOWN);
    assertThat(PolicyLanguage.FRENCH.file(PolicyFormat.HTML)).isEqualTo(CharterResources.HTML);
    assertThat(PolicyLanguage.ENGLISH.file(PolicyFormat.TEXT))
        .isEqualTo(CharterResources.ENGLISH_TEXT);
    assertThat(PolicyLanguage.ENGLISH.file(PolicyFormat.MARKDOWN))
        .isEqualTo(CharterResources.ENGLISH_MARKDOWN);
    assertThat(PolicyLanguage.ENGLISH.file(PolicyFormat.HTML))
        .isEqualTo(CharterResources.ENGLISH_HTML);
  }

  @Test
  void aSiteMayReplaceEachFormatsTemplateTheStylesheetAndEachProseFile() {
    assertThat(SiteTemplates.names())
        .containsExactly(
            "charte-cookies.txt.mustache",
            "charte-cookies.md.mustache",
            "charte-cookies.html.mustache",
            "charte-cookies.css",
            "charte-cookies.fr.properties",
            "cookie-policy.en.properties")
        .inOrder();
  }
}
