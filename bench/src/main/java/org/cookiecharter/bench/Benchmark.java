package org.cookiecharter.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compiles generated code bases with javac, without and with cookie-charter, and prints the median
 * cost of each and their ratio as Markdown (also written to {@code <work>/results.md}).
 *
 * <p>Each run is a fresh JVM ({@link CompileOnce}); "without" is the same compilation with {@code
 * -proc:none}, and "no-op" runs a processor that does nothing, which shows what javac's annotation
 * processing costs by itself. The kinds take turns, each going first in turn, after warm-up runs
 * that are not counted.
 *
 * <pre>
 * --work DIR        where code bases and outputs go (default target/bench)
 * --sizes 500,2000,8000   code base sizes in files (none: only the real code base)
 * --runs 5          counted runs of each
 * --warmup 1        uncounted runs of each first
 * --seed 42         the code base generator's seed
 * --cookies 10000   declared cookies for the registry-and-charter measure (0: skip)
 * --heap 3g         -Xmx of each javac JVM
 * --real DIR        a real code base: DIR/src and its class path in DIR/classpath.txt (none: skip)
 * </pre>
 */
public final class Benchmark {
  private static final String[] COLUMNS = {"wall ms", "CPU ms", "peak RSS MiB", "peak heap MiB"};

  private Path work = Path.of("target/bench");
  private List<Integer> sizes = List.of(500, 2000, 8000);
  private int runs = 5;
  private int warmup = 1;
  private long seed = 42;
  private int cookies = 10_000;
  private String heap = "3g";

  /** Declaring classes of a library on the class path of every compilation; 0 for none. */
  private int library = 0;

  /** A real code base: its sources in {@code src}, its class path in {@code classpath.txt}. */
  private Path real;

  /** The library's class folder, built with cookie-charter; null for none. */
  private Path libraryClasses;

  /**
   * The compilations: the same sources and options, processing off, a no-op processor, one that
   * writes one source file, cookie-charter, cookie-charter without its registry (whose source is
   * what costs javac a round), and cookie-charter without its check of max-ages.
   */
  private enum Kind {
    WITHOUT("without (-proc:none)"),
    NO_OP("with a no-op processor"),
    ONE_SOURCE("with a processor that writes one source"),
    COOKIE_CHARTER("with cookie-charter"),
    NO_REGISTRY("with cookie-charter, registry off", "-Acookiecharter.registry=off"),
    NO_LIFETIMES("with cookie-charter, lifetimes off", "-Acookiecharter.lifetimes=off");

    final String label;

    /** More javac options. */
    final List<String> options;

    Kind(String label, String... options) {
      this.label = label;
      this.options = List.of(options);
    }
  }

  private final String classPath = System.getProperty("java.class.path");

  /** This module's classes: the class path of each javac JVM, which needs only CompileOnce. */
  private final String harness =
      Path.of(CompileOnce.class.getProtectionDomain().getCodeSource().getLocation().getPath())
          .toString();

  private String noOpProcessorPath;
  private String oneSourceProcessorPath;
  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    benchmark.parse(args);
    benchmark.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--work" -> work = Path.of(value);
        case "--sizes" ->
            sizes =
                value.equals("none")
                    ? List.of()
                    : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList();
        case "--runs" -> runs = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--cookies" -> cookies = Integer.parseInt(value);
        case "--heap" -> heap = value;
        case "--library" -> library = Integer.parseInt(value);
        case "--real" -> real = value.equals("none") ? null : Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
  }

  private void run() throws IOException, InterruptedException {
    noOpProcessorPath = processorPath(NoOpProcessor.class).toString();
    oneSourceProcessorPath = processorPath(OneSourceProcessor.class).toString();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("## Machine");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "- %d cores, %.1f GiB memory, %s %s",
            Runtime.getRuntime().availableProcessors(),
            os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
            System.getProperty("os.name"),
            System.getProperty("os.arch")));
    line(
        "- JDK "
            + System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.runtime.version")
            + ", javac in a fresh JVM per run, -Xmx"
            + heap);
    line(
        "- "
            + LocalDate.now()
            + "; "
            + runs
            + " counted runs of each after "
            + warmup
            + " warm-up run(s), seed "
            + seed);
    if (library > 0) {
      libraryClasses = buildLibrary();
      line(
          "- on the class path of every compilation: a library built with cookie-charter, "
              + library
              + " classes that declare "
              + library * CodeBaseGenerator.COOKIES_PER_DECLARING_FILE
              + " cookies");
    }
    line("");
    if (real != null) {
      measureReal();
    }
    for (int size : sizes) {
      Path sources = fresh(work.resolve("codebase-" + size + "/src"));
      List<Path> files = CodeBaseGenerator.generate(size, seed, sources);
      measure(
          size + " files (" + files.size() + " with stubs and package-info)",
          sources,
          codeClassPath());
    }
    if (cookies > 0) {
      Path sources = fresh(work.resolve("cookies-" + cookies + "/src"));
      CodeBaseGenerator.declarations(cookies, sources);
      Result[] result =
          measure(cookies + " declared cookies: registry and charter", sources, codeClassPath());
      long with = result[Kind.COOKIE_CHARTER.ordinal()].median(0);
      line(
          String.format(
              Locale.ROOT,
              "Added wall time for %d cookies: %d ms over -proc:none, %d ms over the no-op"
                  + " processor (medians).",
              cookies,
              with - result[Kind.WITHOUT.ordinal()].median(0),
              with - result[Kind.NO_OP.ordinal()].median(0)));
      line("");
    }
    Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
  }

  /**
   * The real code base that the build unpacked: a released module's sources, with a class that
   * declares the cookies it sets and a {@code @CookieCharter}.
   */
  private void measureReal() throws IOException, InterruptedException {
    Path sources = real.resolve("src");
    String realClassPath =
        Files.readString(real.resolve("classpath.txt"), StandardCharsets.UTF_8).strip()
            + File.pathSeparator
            + annotationsOnClassPath();
    long files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).count();
    }
    measure(
        "Real code: " + real.getFileName() + " (" + files + " files with its declarations)",
        sources,
        realClassPath);
  }

  /** Runs the kinds, prints their table; returns their results, in {@link Kind} order. */
  private Result[] measure(String title, Path sources, String codeClassPath)
      throws IOException, InterruptedException {
    Kind[] kinds = Kind.values();
    Result[] results = new Result[kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      results[k] = new Result();
    }
    for (int r = 0; r < warmup; r++) {
      for (Kind kind : kinds) {
        compile(sources, kind, codeClassPath);
      }
    }
    for (int r = 0; r < runs; r++) {
      for (int k = 0; k < kinds.length; k++) {
        int kind = (r + k) % kinds.length; // each kind goes first, second and third in turn
        results[kind].add(compile(sources, kinds[kind], codeClassPath));
      }
    }
    Result without = results[Kind.WITHOUT.ordinal()];
    Result noOp = results[Kind.NO_OP.ordinal()];
    Result oneSource = results[Kind.ONE_SOURCE.ordinal()];
    Result with = results[Kind.COOKIE_CHARTER.ordinal()];
    Result noRegistry = results[Kind.NO_REGISTRY.ordinal()];
    Result noLifetimes = results[Kind.NO_LIFETIMES.ordinal()];
    line("## " + title);
    line("");
    line("| median | " + String.join(" | ", COLUMNS) + " |");
    line("|---|---:|---:|---:|---:|");
    for (Kind kind : kinds) {
      line(results[kind.ordinal()].row(kind.label));
    }
    line(ratio("ratio cookie-charter / without", with, without));
    line(ratio("ratio no-op / without", noOp, without));
    line(ratio("ratio cookie-charter / no-op", with, noOp));
    line(ratio("ratio one source / no-op", oneSource, noOp));
    line(ratio("ratio cookie-charter / one source", with, oneSource));
    line(ratio("ratio cookie-charter, registry off / no-op", noRegistry, noOp));
    line(ratio("ratio cookie-charter / lifetimes off", with, noLifetimes));
    line("");
    for (Kind kind : kinds) {
      line("- " + kind.label + ", wall ms of each run: " + results[kind.ordinal()].walls());
    }
    line(
        "- warnings that cookie-charter adds to javac's (computed cookie names): "
            + (with.warnings - noOp.warnings));
    line("");
    return results;
  }

  private static String ratio(String name, Result a, Result b) {
    StringBuilder ratio = new StringBuilder("| ").append(name).append(" |");
    for (int c = 0; c < COLUMNS.length; c++) {
      ratio.append(String.format(Locale.ROOT, " %.3f |", (double) a.median(c) / b.median(c)));
    }
    return ratio.toString();
  }

  private long[] compile(Path sources, Kind kind, String codeClassPath)
      throws IOException, InterruptedException {
    Path classes = fresh(sources.resolveSibling("classes-" + kind.name().toLowerCase(Locale.ROOT)));
    String processorPath =
        switch (kind) {
          case WITHOUT, COOKIE_CHARTER, NO_REGISTRY, NO_LIFETIMES -> cookieCharterPath();
          case NO_OP -> noOpProcessorPath;
          case ONE_SOURCE -> oneSourceProcessorPath;
        };
    String output =
        compileOnce(
            sources,
            classes,
            kind == Kind.WITHOUT ? "without" : "with",
            codeClassPath,
            processorPath,
            kind.options);
    long[] values = Arrays.stream(output.split(" ")).mapToLong(Long::parseLong).toArray();
    if (values[4] != 0) {
      throw new IllegalStateException(values[4] + " compile errors in " + sources);
    }
    return values;
  }

  /** The processor and its libraries: this harness's class path without the harness. */
  private String cookieCharterPath() {
    return String.join(
        File.pathSeparator,
        Arrays.stream(classPath.split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toString().equals(harness))
            .toList());
  }

  /**
   * A processor path that declares only {@code processor}, whose class javac's processor class
   * loader finds in the harness, its parent.
   */
  private Path processorPath(Class<?> processor) throws IOException {
    Path path = fresh(work.resolve("processor-" + processor.getSimpleName()));
    Path services = Files.createDirectories(path.resolve("META-INF/services"));
    Files.writeString(
        services.resolve("javax.annotation.processing.Processor"),
        processor.getName() + "\n",
        StandardCharsets.UTF_8);
    return path;
  }

  /** The class path of the code: the annotations, and the library if any. */
  private String codeClassPath() {
    return libraryClasses == null
        ? annotationsOnClassPath()
        : annotationsOnClassPath() + File.pathSeparator + libraryClasses;
  }

  /** Compiles the library's generated sources with cookie-charter, as a library's build does. */
  private Path buildLibrary() throws IOException, InterruptedException {
    Path sources = fresh(work.resolve("library-" + library + "/src"));
    CodeBaseGenerator.library(library, sources);
    Path classes = fresh(sources.resolveSibling("classes"));
    compileOnce(sources, classes, "with", annotationsOnClassPath(), cookieCharterPath(), List.of());
    return classes;
  }

  /** Runs {@link CompileOnce} in a fresh JVM; returns what it prints: its measures. */
  private String compileOnce(
      Path sources,
      Path classes,
      String processing,
      String classPath,
      String processorPath,
      List<String> options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                harness,
                CompileOnce.class.getName(),
                sources.toString(),
                classes.toString(),
                processing,
                classPath,
                processorPath));
    command.addAll(options);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException("javac run failed: " + output);
    }
    return output;
  }

  private String annotationsOnClassPath() {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(
            entry ->
                entry.contains("cookie-charter-annotations")
                    || entry.replace('\\', '/').contains("annotations/target/classes"))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("cookie-charter-annotations is not on the class path"));
  }

  private static Path fresh(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** The runs of one kind: wall ms, CPU ms, peak RSS KiB, peak heap KiB. */
  private static final class Result {
    private final List<long[]> runs = new ArrayList<>();
    private long warnings;

    void add(long[] values) {
      runs.add(values);
      warnings = values[5];
    }

    long median(int column) {
      long[] sorted = runs.stream().mapToLong(v -> v[column]).sorted().toArray();
      return sorted[sorted.length / 2];
    }

    String walls() {
      return runs.stream().map(v -> String.valueOf(v[0])).toList().toString();
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d |",
          name,
          median(0),
          median(1),
          median(2) / 1024,
          median(3) / 1024);
    }
  }
}
