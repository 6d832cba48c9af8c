package org.cookiecharter.example.portal;

import java.util.List;

/** The portal's catalogue: a few datasets, enough to give the pages something to list. */
final class Datasets {
  record Dataset(String id, String title, int records) {}

  static final List<Dataset> ALL =
      List.of(
          new Dataset("entreprises-artisanales", "Entreprises artisanales par département", 101),
          new Dataset("apprentis", "Apprentis de l'artisanat par métier", 2480),
          new Dataset("qualite-air", "Qualité de l'air : mesures horaires", 87600));

  private Datasets() {}

  /** The catalogue as JSON; ids and titles hold no character that JSON needs escaped. */
  static String json() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < ALL.size(); i++) {
      Dataset dataset = ALL.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("  {\"id\": \"")
          .append(dataset.id())
          .append("\", \"title\": \"")
          .append(dataset.title())
          .append("\", \"records\": ")
          .append(dataset.records())
          .append('}');
    }
    return out.append("\n]\n").toString();
  }
}
