package org.cookiecharter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic web-app code base of {@code files} source files, the same for the same seed:
 * mostly ordinary code (services with generics, records, lambdas, streams, string handling), 5% of
 * files declaring five cookies each (one cookie per four files), 10% setting cookies through
 * several APIs, one in ten of those with a computed name; plus stubs of the framework types and the
 * {@code @CookieCharter}.
 */
final class CodeBaseGenerator {
  static final String ROOT = "com.bench.app";
  private static final String[] CATEGORIES = {
    "NECESSARY", "STATISTICS", "FIRST_PARTY", "THIRD_PARTY"
  };
  static final int COOKIES_PER_DECLARING_FILE = 5;

  private final Random random;
  private final Path sources;
  private final List<Path> written = new ArrayList<>();

  private CodeBaseGenerator(long seed, Path sources) {
    this.random = new Random(seed);
    this.sources = sources;
  }

  /** Writes the code base under {@code sources}; returns its source files, stubs included. */
  static List<Path> generate(int files, long seed, Path sources) {
    CodeBaseGenerator generator = new CodeBaseGenerator(seed, sources);
    generator.stubs();
    generator.write(
        ROOT + ".package-info",
        "@org.cookiecharter.CookieCharter(platform = \"https://data.example.org\")\npackage "
            + ROOT
            + ";\n");
    List<Integer> declaring = new ArrayList<>();
    List<Integer> services = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      int kind = i % 20;
      if (kind == 0) {
        generator.declaring(i);
        declaring.add(i);
      } else if (kind == 7 || kind == 14) {
        generator.handler(i, declaring, i % 100 == 7);
      } else {
        generator.service(i, services);
        services.add(i);
      }
    }
    return List.copyOf(generator.written);
  }

  /**
   * A library's sources: {@code classes} classes of five cookie declarations each, in packages of
   * their own, with names no application declares.
   */
  static List<Path> library(int classes, Path sources) {
    CodeBaseGenerator generator = new CodeBaseGenerator(2, sources);
    for (int c = 0; c < classes; c++) {
      StringBuilder out = new StringBuilder();
      out.append("package com.bench.lib.p")
          .append(c % 10)
          .append(";\n\nimport org.cookiecharter.CookieCategory;\n")
          .append("import org.cookiecharter.DeclaredCookie;\n\n")
          .append("public final class LibCookies")
          .append(c)
          .append(" {\n");
      for (int k = 0; k < COOKIES_PER_DECLARING_FILE; k++) {
        out.append("  @DeclaredCookie(provider = \"Library\", service = \"Shared service ")
            .append(c)
            .append("\", purpose = \"Se souvenir du choix ")
            .append(k)
            .append("\", category = CookieCategory.")
            .append(CATEGORIES[(c + k) % 4])
            .append(")\n  public static final String L")
            .append(k)
            .append(" = \"lib")
            .append(c)
            .append('_')
            .append(k)
            .append("\";\n\n");
      }
      out.append("  private LibCookies").append(c).append("() {}\n}\n");
      generator.write("com.bench.lib.p" + (c % 10) + ".LibCookies" + c, out.toString());
    }
    return List.copyOf(generator.written);
  }

  /** A class of {@code count} cookie declarations, for the registry and charter at scale. */
  static List<Path> declarations(int cookies, Path sources) {
    CodeBaseGenerator generator = new CodeBaseGenerator(1, sources);
    generator.write(
        ROOT + ".package-info",
        "@org.cookiecharter.CookieCharter(platform = \"https://data.example.org\")\npackage "
            + ROOT
            + ";\n");
    int perClass = 500;
    for (int start = 0, c = 0; start < cookies; start += perClass, c++) {
      StringBuilder out = new StringBuilder();
      out.append("package ")
          .append(ROOT)
          .append(".cookies;\n\n")
          .append(
              "import org.cookiecharter.CookieCategory;\n"
                  + "import org.cookiecharter.DeclaredCookie;\n\n")
          .append("public final class Many")
          .append(c)
          .append(" {\n");
      for (int k = start; k < Math.min(cookies, start + perClass); k++) {
        out.append("  @DeclaredCookie(provider = \"Fournisseur ")
            .append(k % 37)
            .append("\", service = \"Service ")
            .append(k)
            .append(" (front et back office)\",")
            .append(" purpose = \"Finalité n°")
            .append(k)
            .append(" : se souvenir d'un choix\",")
            .append(" category = CookieCategory.")
            .append(CATEGORIES[k % 4])
            .append(")\n")
            .append("  public static final String C")
            .append(k)
            .append(" = \"cookie_")
            .append(k)
            .append("\";\n");
      }
      out.append("}\n");
      generator.write(ROOT + ".cookies.Many" + c, out.toString());
    }
    return List.copyOf(generator.written);
  }

  private String packageOf(int i) {
    return ROOT + ".m" + (i / 100);
  }

  private void declaring(int i) {
    StringBuilder out = new StringBuilder();
    out.append("package ")
        .append(packageOf(i))
        .append(";\n\n")
        .append(
            "import org.cookiecharter.CookieCategory;\n"
                + "import org.cookiecharter.DeclaredCookie;\n\n")
        .append("public final class Cookies")
        .append(i)
        .append(" {\n");
    for (int k = 0; k < COOKIES_PER_DECLARING_FILE; k++) {
      out.append("  @DeclaredCookie(\n")
          .append("      provider = \"Prestataire ")
          .append(i)
          .append("\",\n")
          .append("      service = \"Service ")
          .append(i)
          .append('.')
          .append(k)
          .append(" (front office)\",\n")
          .append("      purpose = \"Se souvenir du choix n°")
          .append(k)
          .append(" du visiteur\",\n")
          .append("      category = CookieCategory.")
          .append(CATEGORIES[random.nextInt(4)])
          .append(",\n")
          .append("      duration = \"")
          .append(k % 2 == 0 ? "P1Y" : "P6M")
          .append("\")\n")
          .append("  public static final String C")
          .append(k)
          .append(" = \"c")
          .append(i)
          .append('_')
          .append(k)
          .append("\";\n\n");
    }
    out.append("  private Cookies").append(i).append("() {}\n}\n");
    write(packageOf(i) + ".Cookies" + i, out.toString());
  }

  private void handler(int i, List<Integer> declaring, boolean computed) {
    int d = declaring.get(random.nextInt(declaring.size()));
    String cookies = packageOf(d) + ".Cookies" + d;
    StringBuilder out = new StringBuilder();
    out.append("package ")
        .append(packageOf(i))
        .append(";\n\n")
        .append(
            "import jakarta.servlet.http.Cookie;\n"
                + "import jakarta.servlet.http.HttpServletResponse;\n")
        .append("import java.util.List;\nimport java.util.stream.Collectors;\n\n")
        .append("public final class Handler")
        .append(i)
        .append(" {\n")
        .append(
            "  public void handle(HttpServletResponse response, String id, List<String> tags) {\n")
        .append("    Cookie session = new Cookie(")
        .append(cookies)
        .append(".C0, id);\n")
        .append("    session.setPath(\"/\");\n")
        .append("    session.setMaxAge(60 * 60 * 24 * 30);\n")
        .append("    response.addCookie(session);\n")
        .append("    org.springframework.http.ResponseCookie.from(")
        .append(cookies)
        .append(".C1, id).maxAge(java.time.Duration.ofDays(30)).build();\n")
        .append("    new io.netty.handler.codec.http.cookie.DefaultCookie(")
        .append(cookies)
        .append(".C2, id);\n")
        .append("    response.addHeader(\"Set-Cookie\", ")
        .append(cookies)
        .append(".C3 + \"=\" + id + \"; Path=/; Max-Age=2592000\");\n")
        .append("    new jakarta.ws.rs.core.NewCookie(")
        .append(cookies)
        .append(".C4, id);\n");
    if (computed) {
      out.append("    response.addCookie(new Cookie(\"dyn_\" + id, id));\n");
    }
    out.append("    String joined = tags.stream().map(String::strip).filter(t -> !t.isEmpty())\n")
        .append("        .collect(Collectors.joining(\",\"));\n")
        .append("    response.addHeader(\"X-Tags\", joined);\n")
        .append("  }\n}\n");
    write(packageOf(i) + ".Handler" + i, out.toString());
  }

  private void service(int i, List<Integer> services) {
    String name = "Service" + i;
    StringBuilder out = new StringBuilder();
    out.append("package ")
        .append(packageOf(i))
        .append(";\n\n")
        .append("import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\n\n")
        .append("public final class ")
        .append(name)
        .append(" {\n")
        .append("  public record Item(String name, int weight, List<String> tags) {}\n\n")
        .append("  private final Map<String, List<Item>> index = new HashMap<>();\n");
    List<String> dependencies = new ArrayList<>();
    for (int k = 0; k < 2 && !services.isEmpty(); k++) {
      int j = services.get(random.nextInt(services.size()));
      String type = packageOf(j) + ".Service" + j;
      out.append("  private final ")
          .append(type)
          .append(" dep")
          .append(k)
          .append(" = new ")
          .append(type)
          .append("();\n");
      dependencies.add("dep" + k);
    }
    out.append('\n');
    int methods = 4 + random.nextInt(6);
    for (int m = 0; m < methods; m++) {
      int salt = random.nextInt(1000);
      switch (random.nextInt(6)) {
        case 0 ->
            out.append("  public List<String> normalize")
                .append(m)
                .append("(List<String> input) {\n")
                .append("    return input.stream().map(String::strip).filter(s -> s.length() > ")
                .append(salt % 5)
                .append(
                    ")\n"
                        + "        .map(s ->"
                        + " s.toLowerCase(Locale.ROOT)).sorted().distinct()"
                        + ".collect(Collectors.toList());\n"
                        + "  }\n\n");
        case 1 ->
            out.append("  public <T extends Comparable<? super T>> Optional<T> max")
                .append(m)
                .append("(Collection<? extends T> values) {\n")
                .append(
                    "    return values.stream().<T>map(v -> v).max(Comparator.naturalOrder());\n"
                        + "  }\n\n");
        case 2 ->
            out.append("  public Map<String, Integer> count")
                .append(m)
                .append("(String text) {\n")
                .append("    Map<String, Integer> counts = new TreeMap<>();\n")
                .append("    for (String word : text.split(\"[\\\\s,;]+\")) {\n")
                .append("      counts.merge(word.toLowerCase(Locale.ROOT), ")
                .append(1 + salt % 3)
                .append(", Integer::sum);\n")
                .append("    }\n    return counts;\n  }\n\n");
        case 3 ->
            out.append("  public String describe")
                .append(m)
                .append("(Item item) {\n")
                .append("    StringBuilder out = new StringBuilder(item.name());\n")
                .append("    item.tags().forEach(t -> out.append('#').append(t));\n")
                .append("    return String.format(Locale.ROOT, \"%s (%d) ")
                .append(salt)
                .append("\", out, item.weight());\n  }\n\n");
        case 4 ->
            out.append("  public int score")
                .append(m)
                .append("(List<Item> items, Predicate<Item> filter) {\n")
                .append("    index.computeIfAbsent(\"k")
                .append(salt)
                .append("\", k -> new ArrayList<>()).addAll(items);\n")
                .append(
                    "    return items.stream().filter(filter).mapToInt(Item::weight).map(w -> w * ")
                .append(1 + salt % 7)
                .append(").sum();\n  }\n\n");
        default ->
            out.append("  public Map<Boolean, List<Item>> split")
                .append(m)
                .append("(List<Item> items) {\n")
                .append("    Function<Item, Boolean> heavy = i -> i.weight() > ")
                .append(salt)
                .append(";\n")
                .append(
                    "    return items.stream().collect(Collectors.groupingBy(heavy));\n  }\n\n");
      }
    }
    out.append("  public int size() {\n    return index.size()");
    for (String dependency : dependencies) {
      out.append(" + ").append(dependency).append(".hashCode() % 2");
    }
    out.append(";\n  }\n}\n");
    write(packageOf(i) + "." + name, out.toString());
  }

  private void stubs() {
    write(
        "jakarta.servlet.http.Cookie",
        "package jakarta.servlet.http;\n\n"
            + "public class Cookie {\n"
            + "  public Cookie(String name, String value) {}\n\n"
            + "  public void setPath(String path) {}\n\n"
            + "  public void setMaxAge(int expiry) {}\n"
            + "}\n");
    write(
        "jakarta.servlet.http.HttpServletResponse",
        "package jakarta.servlet.http;\n\n"
            + "public interface HttpServletResponse {\n"
            + "  void addCookie(Cookie cookie);\n\n"
            + "  void addHeader(String name, String value);\n"
            + "}\n");
    write(
        "org.springframework.http.ResponseCookie",
        "package org.springframework.http;\n\npublic final class ResponseCookie {\n"
            + "  public static ResponseCookieBuilder from(String name, String value) {\n"
            + "    return null;\n  }\n\n"
            + "  public interface ResponseCookieBuilder {\n"
            + "    ResponseCookieBuilder maxAge(java.time.Duration maxAge);\n\n"
            + "    ResponseCookie build();\n  }\n}\n");
    write(
        "io.netty.handler.codec.http.cookie.DefaultCookie",
        "package io.netty.handler.codec.http.cookie;\n\npublic class DefaultCookie {\n"
            + "  public DefaultCookie(String name, String value) {}\n}\n");
    write(
        "jakarta.ws.rs.core.NewCookie",
        "package jakarta.ws.rs.core;\n\n"
            + "public class NewCookie {\n"
            + "  public NewCookie(String name, String value) {}\n"
            + "}\n");
  }

  private void write(String qualifiedName, String source) {
    Path file = sources.resolve(qualifiedName.replace('.', '/') + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.add(file);
  }
}
