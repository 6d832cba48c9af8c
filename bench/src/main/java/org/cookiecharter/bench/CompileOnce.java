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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>With {@code -Dbench.threads=true}, it also prints, on standard error, the CPU time of the
 * compilation by kind of thread, from Linux's per-thread counters (which also count the threads
 * that the JVM does not show to Java): {@code threads main=MS jit=MS gc=MS other=MS}. javac and the
 * processor run on the main thread; the JIT compiler's and the garbage collector's threads are what
 * a profile of the main thread does not show.
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

    boolean threads = Boolean.getBoolean("bench.threads");
    Map<String, Long> threadTicks = threads ? threadTicks() : Map.of();
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
    if (threads) {
      printThreadTimes(threadTicks, threadTicks());
    }

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

  /** Each thread's user and system CPU time, in clock ticks, by thread id and name. */
  private static Map<String, Long> threadTicks() {
    Map<String, Long> ticks = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          int close = stat.lastIndexOf(')');
          String name = stat.substring(stat.indexOf('(') + 1, close);
          String[] fields = stat.substring(close + 2).split(" ");
          // After the name, from field 3 (state): utime is field 14, stime field 15 (proc(5)).
          long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          ticks.put(task.getFileName() + " " + name, used);
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return ticks;
  }

  /** The CPU time each kind of thread spent between two readings, in milliseconds. */
  private static void printThreadTimes(Map<String, Long> before, Map<String, Long> after) {
    long main = 0;
    long jit = 0;
    long gc = 0;
    long other = 0;
    for (Map.Entry<String, Long> thread : after.entrySet()) {
      long used = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
      String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
      if (name.equals("java")) { // the thread that runs main(): Linux names it after the process
        main += used;
      } else if (name.contains("CompilerThre")) {
        jit += used;
      } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
        gc += used;
      } else {
        other += used;
      }
    }
    long tick = 10; // USER_HZ is 100 on Linux: a tick is 10 ms
    System.err.printf(
        Locale.ROOT,
        "threads main=%d jit=%d gc=%d other=%d%n",
        main * tick,
        jit * tick,
        gc * tick,
        other * tick);
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
