package org.cookiecharter.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One measured javac run, in a JVM of its own so that runs do not share a heap or a JIT: compiles
 * every source under a folder and prints one line, {@code wall-ms cpu-ms peak-rss-kib peak-heap-kib
 * errors warnings}.
 *
 * <p>Arguments: sources folder, class output folder, {@code with} or {@code without} the processor,
 * class path of the code, processor path, then any more javac options.
 */
public final class CompileOnce {
  private CompileOnce() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    boolean withProcessor = args[2].equals("with");
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-classpath",
                args[3],
                "-processorpath",
                args[4],
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-implicit:none"));
    if (!withProcessor) {
      options.add("-proc:none"); // the same compilation, processing off
    }
    options.addAll(List.of(args).subList(5, args.length));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    boolean success;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      success =
          javac
              .getTask(
                  null,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
    }
    long wall = System.nanoTime() - start;
    cpu = os.getProcessCpuTime() - cpu;

    long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
            .count();
    long warnings = diagnostics.getDiagnostics().size() - errors;
    if (!success) {
      diagnostics.getDiagnostics().stream().limit(5).forEach(d -> System.err.println(d));
    }
    System.out.printf(
        Locale.ROOT,
        "%d %d %d %d %d %d%n",
        wall / 1_000_000,
        cpu / 1_000_000,
        peakRssKib(),
        peakHeap / 1024,
        errors,
        warnings);
  }

  /** The process's peak resident memory (Linux VmHWM), or -1 where the system does not say. */
  private static long peakRssKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
