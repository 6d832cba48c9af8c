package org.cookiecharter.example.portal;

import java.util.Optional;

/** The languages of the portal's pages, and of its cookie policy. */
enum Language {
  FR(
      "fr",
      "Portail de données ouvertes",
      "Jeux de données",
      "Se connecter",
      "Se déconnecter",
      "Connecté en tant que",
      "Langue",
      "Gérer mes cookies",
      "Charte cookies",
      "Carte des jeux de données",
      "La carte s'affiche si vous acceptez les cookies des tiers."),
  EN(
      "en",
      "Open data portal",
      "Datasets",
      "Log in",
      "Log out",
      "Logged in as",
      "Language",
      "Cookie settings",
      "Cookie charter",
      "Map of the datasets",
      "The map shows once you accept third-party cookies.");

  final String code;
  final String title;
  final String datasets;
  final String logIn;
  final String logOut;
  final String loggedInAs;
  final String language;
  final String cookieSettings;
  final String charter;
  final String map;
  final String mapWithoutConsent;

  Language(
      String code,
      String title,
      String datasets,
      String logIn,
      String logOut,
      String loggedInAs,
      String language,
      String cookieSettings,
      String charter,
      String map,
      String mapWithoutConsent) {
    this.code = code;
    this.title = title;
    this.datasets = datasets;
    this.logIn = logIn;
    this.logOut = logOut;
    this.loggedInAs = loggedInAs;
    this.language = language;
    this.cookieSettings = cookieSettings;
    this.charter = charter;
    this.map = map;
    this.mapWithoutConsent = mapWithoutConsent;
  }

  static Optional<Language> of(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
