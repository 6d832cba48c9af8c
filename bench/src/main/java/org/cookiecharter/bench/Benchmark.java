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
 * -proc:none}. The two alternate, the order swapping at every run, after warm-up runs that are not
 * counted.
 *
 * <pre>
 * --work DIR        where code bases and outputs go (default target/bench)
 * --sizes 500,2000,8000   code base sizes in files
 * --runs 5          counted runs of each
 * --warmup 1        uncounted runs of each first
 * --seed 42         the code base generator's seed
 * --cookies 10000   declared cookies for the registry-and-charter measure (0: skip)
 * --heap 3g         -Xmx of each javac JVM
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

  private final String classPath = System.getProperty("java.class.path");
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
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        case "--runs" -> runs = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--cookies" -> cookies = Integer.parseInt(value);
        case "--heap" -> heap = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
  }

  private void run() throws IOException, InterruptedException {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("## Machine");
    line("");
    line(String.format(Locale.ROOT, "- %d cores, %.1f GiB memory, %s %s", Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.arch")));
    line("- JDK " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
        + ", javac in a fresh JVM per run, -Xmx" + heap);
    line("- " + LocalDate.now() + "; " + runs + " counted runs of each after " + warmup + " warm-up run(s), seed " + seed);
    line("");
    for (int size : sizes) {
      Path sources = fresh(work.resolve("codebase-" + size + "/src"));
      List<Path> files = CodeBaseGenerator.generate(size, seed, sources);
      measure(size + " files (" + files.size() + " with stubs and package-info)", sources);
    }
    if (cookies > 0) {
      Path sources = fresh(work.resolve("cookies-" + cookies + "/src"));
      CodeBaseGenerator.declarations(cookies, sources);
      Result[] result = measure(cookies + " declared cookies: registry and charter", sources);
      line(String.format(Locale.ROOT, "Added wall time for %d cookies: %d ms (median with minus median without).",
          cookies, result[1].median(0) - result[0].median(0)));
      line("");
    }
    Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
  }

  /** Runs both kinds, prints their table; returns {without, with}. */
  private Result[] measure(String title, Path sources) throws IOException, InterruptedException {
    Result without = new Result();
    Result with = new Result();
    for (int r = 0; r < warmup; r++) {
      compile(sources, false);
      compile(sources, true);
    }
    for (int r = 0; r < runs; r++) {
      boolean withFirst = r % 2 == 1;
      (withFirst ? with : without).add(compile(sources, withFirst));
      (withFirst ? without : with).add(compile(sources, !withFirst));
    }
    line("## " + title);
    line("");
    line("| median | " + String.join(" | ", COLUMNS) + " |");
    line("|---|---:|---:|---:|---:|");
    line(without.row("without (-proc:none)"));
    line(with.row("with cookie-charter"));
    StringBuilder ratio = new StringBuilder("| ratio with/without |");
    for (int c = 0; c < COLUMNS.length; c++) {
      ratio.append(String.format(Locale.ROOT, " %.3f |", (double) with.median(c) / without.median(c)));
    }
    line(ratio.toString());
    line("");
    line("Runs (wall ms), without: " + without.walls() + "; with: " + with.walls()
        + ". Warnings with cookie-charter: " + with.warnings + ".");
    line("");
    return new Result[] {without, with};
  }

  private long[] compile(Path sources, boolean withProcessor) throws IOException, InterruptedException {
    Path classes = fresh(sources.resolveSibling(withProcessor ? "classes-with" : "classes-without"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp", classPath,
        CompileOnce.class.getName(),
        sources.toString(),
        classes.toString(),
        withProcessor ? "with" : "without",
        annotationsOnClassPath(),
        classPath));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException("javac run failed: " + output);
    }
    long[] values = Arrays.stream(output.split(" ")).mapToLong(Long::parseLong).toArray();
    if (values[4] != 0) {
      throw new IllegalStateException(values[4] + " compile errors in " + sources);
    }
    return values;
  }

  /** The annotations, the only library the generated code needs. */
  private String annotationsOnClassPath() {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> entry.contains("cookie-charter-annotations") || entry.replace('\\', '/').contains("annotations/target/classes"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("cookie-charter-annotations is not on the class path"));
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
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |", name, median(0), median(1),
          median(2) / 1024, median(3) / 1024);
    }
  }
}
