package org.cookiecharter.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link ScanReport}: {@code report.json}, the documented contract (docs/scan.md), with
 * Jackson; {@code report.html} from {@code report.html.mustache}, every value HTML-escaped by the
 * template engine.
 */
final class ReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final Template HTML =
      Mustache.compiler().compile(Recorder.resource("report.html.mustache"));

  private ReportWriter() {}

  static String json(ScanReport report) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode start = root.putArray("start");
    report.start().forEach(start::add);
    ArrayNode states = root.putArray("states");
    for (StateReport state : report.states()) {
      ObjectNode node = states.addObject();
      node.put("name", state.state().name());
      ObjectNode consent = node.putObject("consent");
      consent.put("banner", state.consent().banner().orElse(null));
      consent.put("driven", state.consent().driven());
      consent.put("detail", state.consent().detail());
      ArrayNode pages = node.putArray("pages");
      state.pages().forEach(pages::add);
      ArrayNode cookies = node.putArray("cookies");
      for (SeenCookie cookie : state.cookies()) {
        ObjectNode c = cookies.addObject();
        c.put("name", cookie.name());
        c.put("domain", cookie.domain());
        c.put("path", cookie.path());
        if (cookie.expires().isPresent()) {
          c.put("expires", cookie.expires().get());
        } else {
          c.putNull("expires");
        }
        c.put("party", cookie.party().key());
        c.put("via", cookie.via().key());
        c.put("setBy", cookie.setBy().orElse(null));
        c.put("page", cookie.page());
      }
      ArrayNode storage = node.putArray("storage");
      for (SeenStorage key : state.storage()) {
        ObjectNode s = storage.addObject();
        s.put("key", key.key());
        s.put("type", key.type().key());
        s.put("origin", key.origin());
        s.put("party", key.party().key());
        s.put("setBy", key.setBy().orElse(null));
        s.put("page", key.page());
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode f = findings.addObject();
      f.put("kind", finding.kind().key());
      f.put("name", finding.name());
      f.put("storage", finding.storage().map(SeenStorage.StorageType::key).orElse(null));
      f.put("state", finding.state());
      f.put("setBy", finding.setBy().orElse(null));
      f.put("party", finding.party().map(Party::key).orElse(null));
      f.put("declaration", finding.declaration().orElse(null));
      f.put("detail", finding.detail());
    }
    ArrayNode unseen = root.putArray("declaredNotSeen");
    report.declaredNotSeen().forEach(unseen::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(ScanReport report) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("start", report.start());
    model.put("passed", report.passed());
    model.put("findingCount", report.findings().size());
    model.put("findingWord", report.findings().size() == 1 ? "finding" : "findings");
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("kind", finding.kind().key());
      f.put("name", finding.name());
      f.put("storage", finding.storage().map(t -> t.key() + "Storage").orElse("cookie"));
      f.put("state", finding.state());
      f.put("setBy", finding.setBy().orElse("—"));
      f.put("party", finding.party().map(Party::key).orElse("—"));
      f.put("declaration", finding.declaration().orElse("none"));
      f.put("detail", finding.detail());
      findings.add(f);
    }
    model.put("findings", findings);
    List<Map<String, Object>> states = new ArrayList<>();
    for (StateReport state : report.states()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", state.state().name());
      s.put("driven", state.consent().driven());
      s.put("detail", state.consent().detail());
      s.put("pageCount", state.pages().size());
      s.put("pages", state.pages());
      states.add(s);
    }
    model.put("states", states);
    model.put("rows", matrix(report));
    model.put("declaredNotSeen", report.declaredNotSeen());
    model.put("hasUnseen", !report.declaredNotSeen().isEmpty());
    return HTML.execute(model);
  }

  /** Every name seen, once per kind and domain or origin, against every state: set or not. */
  private static List<Map<String, Object>> matrix(ScanReport report) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    for (int i = 0; i < report.states().size(); i++) {
      StateReport state = report.states().get(i);
      for (SeenCookie cookie : state.cookies()) {
        row(
            rows,
            report,
            "cookie",
            cookie.name(),
            Optional.empty(),
            cookie.domain(),
            cookie.party(),
            i);
      }
      for (SeenStorage key : state.storage()) {
        row(
            rows,
            report,
            key.type().key() + "Storage",
            key.key(),
            Optional.of(key.type()),
            key.origin(),
            key.party(),
            i);
      }
    }
    return new ArrayList<>(rows.values());
  }

  @SuppressWarnings("unchecked")
  private static void row(
      Map<String, Map<String, Object>> rows,
      ScanReport report,
      String kind,
      String name,
      Optional<SeenStorage.StorageType> storage,
      String where,
      Party party,
      int state) {
    Map<String, Object> row =
        rows.computeIfAbsent(
            kind + "\u0000" + name + "\u0000" + where,
            key -> {
              Map<String, Object> r = new LinkedHashMap<>();
              r.put("kind", kind);
              r.put("name", name);
              r.put("where", where);
              r.put("party", party.key());
              List<Map<String, Object>> cells = new ArrayList<>();
              for (StateReport s : report.states()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("state", s.state().name());
                cell.put("set", false);
                cell.put("finding", false);
                cells.add(cell);
              }
              r.put("cells", cells);
              return r;
            });
    Map<String, Object> cell =
        ((List<Map<String, Object>>) Objects.requireNonNull(row.get("cells"))).get(state);
    cell.put("set", true);
    String stateName = report.states().get(state).state().name();
    Optional<Finding> finding =
        report.findings().stream()
            .filter(
                f ->
                    f.kind() != Finding.Kind.BANNER
                        && f.state().equals(stateName)
                        && f.name().equals(name)
                        && f.storage().equals(storage))
            .findFirst();
    cell.put("finding", finding.isPresent());
  }
}
