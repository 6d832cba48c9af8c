package org.cookiecharter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the guard costs the example portal: its home page requested over real HTTP by concurrent
 * clients, from the portal with its guard (mode block) and from the same portal without ({@code
 * --no-guard}), each in a JVM of its own, in alternating rounds of fixed length after alternating
 * warm-up rounds.
 *
 * <p>Both portals send the same responses: every request carries CookieConsent's real consent
 * cookie (statistics accepted) and no audience cookie, so each response sets the audience cookie,
 * which the guard checks after reading the consent; half the requests also lack the CSRF cookie,
 * which the portal then sets too. Every response is checked. Besides requests per second and p99
 * latency, each round measures the CPU time of the server's process per request: the measure that
 * the machine's noise disturbs least.
 *
 * <pre>
 * java -cp bench/target/classes org.cookiecharter.bench.GuardLoad PORTAL_JAR
 *     [--clients 8] [--seconds 10] [--rounds 10] [--warmup 4] [--pin] [--record FILE]
 * </pre>
 *
 * {@code --record FILE} records the guarded portal's JVM in a flight recording (see {@code
 * bench/guard-profile.py}).
 *
 * <p>{@code --pin} runs the servers on the second CPU ({@code taskset -c 1}); run this JVM on the
 * first ({@code taskset -c 0}), as {@code bench/guard-load.sh} does.
 */
public final class GuardLoad {
  /** What CookieConsent 3.1.0 writes after "accept all" with the portal's configuration. */
  private static final String CONSENT =
      "cookies_preferences="
          + "%7B%22categories%22%3A%5B%22necessary%22%2C%22statistics%22%5D%2C%22revision%22%3A0"
          + "%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22"
          + "%2C%22consentId%22%3A%226ed66ddb-8806-434e-b625-dcdcf892660b%22%2C%22services%22"
          + "%3A%7B%22necessary%22%3A%5B%22cookie_charter_1%22%2C%22cookie_charter_2%22%2C"
          + "%22cookie_charter_3%22%2C%22cookie_charter_4%22%5D%2C%22statistics%22%3A%5B"
          + "%22cookie_charter_5%22%5D%7D%2C%22languageCode%22%3A%22fr%22%2C"
          + "%22lastConsentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22%2C"
          + "%22expirationTime%22%3A1811382967817%7D";

  private static final Pattern STARTED = Pattern.compile("^Portal on (http://\\S+/) ");

  private GuardLoad() {}

  /** A portal in a JVM of its own. */
  private record Portal(String name, Process process, URI uri) implements AutoCloseable {
    static Portal start(String name, Path jar, boolean pin, String record, String... options)
        throws IOException, InterruptedException {
      List<String> command = new ArrayList<>();
      if (pin) {
        command.addAll(List.of("taskset", "-c", "1"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      if (record != null) {
        command.add("-XX:StartFlightRecording=filename=" + record + ",settings=profile");
      }
      command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
      command.addAll(List.of(options));
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher started = STARTED.matcher(line);
        if (started.find()) {
          return new Portal(name, process, URI.create(started.group(1)));
        }
      }
      throw new IOException(name + " stopped before serving (exit " + process.waitFor() + ")");
    }

    /** CPU time of the server's process so far, in nanoseconds. */
    long cpuNanos() {
      return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** Stops the portal, and waits for it: a flight recording is written as the JVM exits. */
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      process.waitFor(1, TimeUnit.MINUTES);
    }
  }

  /** One round's figures. */
  private record Round(
      double requestsPerSecond, long[] latenciesNanos, double cpuMicrosPerRequest) {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    int clients = option(args, "--clients", 8);
    int seconds = option(args, "--seconds", 10);
    int rounds = option(args, "--rounds", 10);
    int warmup = option(args, "--warmup", 4); // rounds each way, not counted
    boolean pin = Arrays.asList(args).contains("--pin");
    String record = textOption(args, "--record");

    try (Portal guarded = Portal.start("guard", jar, pin, record);
        Portal bare = Portal.start("no guard", jar, pin, null, "--no-guard")) {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        for (int w = 0; w < warmup; w++) {
          round(pool, clients, guarded, seconds);
          round(pool, clients, bare, seconds);
        }
        List<Round> with = new ArrayList<>();
        List<Round> without = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          // Alternate which goes first, so that neither always follows the other.
          List<Portal> order = r % 2 == 0 ? List.of(guarded, bare) : List.of(bare, guarded);
          for (Portal portal : order) {
            Round round = round(pool, clients, portal, seconds);
            (portal == guarded ? with : without).add(round);
            System.out.printf(
                Locale.ROOT,
                "round %2d %-8s %,8.0f req/s  p99 %6.2f ms  server CPU %6.1f us/request%n",
                r + 1,
                portal.name(),
                round.requestsPerSecond(),
                percentile(round.latenciesNanos(), 0.99) / 1e6,
                round.cpuMicrosPerRequest());
          }
        }
        report(clients, seconds, rounds, with, without);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** {@code clients} visitors request the home page for {@code seconds}. */
  private static Round round(ExecutorService pool, int clients, Portal portal, int seconds)
      throws Exception {
    long cpu = portal.cpuNanos();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> visit(portal.uri(), end)));
    }
    List<long[]> latencies = new ArrayList<>();
    for (Future<long[]> client : work) {
      latencies.add(client.get());
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
    double cpuMicros = (portal.cpuNanos() - cpu) / 1e3 / all.length;
    return new Round(all.length / (double) seconds, all, cpuMicros);
  }

  private static long[] visit(URI portal, long end) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest newVisitor = HttpRequest.newBuilder(portal).header("Cookie", CONSENT).build();
    HttpRequest returning =
        HttpRequest.newBuilder(portal).header("Cookie", "csrftoken=t; " + CONSENT).build();
    long[] latencies = new long[1 << 16];
    int count = 0;
    while (System.nanoTime() < end) {
      boolean isNew = count % 2 == 0;
      long start = System.nanoTime();
      HttpResponse<byte[]> response =
          client.send(isNew ? newVisitor : returning, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      List<String> cookies = response.headers().allValues("Set-Cookie");
      int expected = isNew ? 2 : 1; // csrftoken for a new visitor, ods_visitor for both
      if (response.statusCode() != 200
          || cookies.size() != expected
          || !cookies.get(expected - 1).startsWith("ods_visitor=")) {
        throw new IllegalStateException(
            portal + " answered " + response.statusCode() + " with " + cookies);
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = took;
    }
    return Arrays.copyOf(latencies, count);
  }

  private static void report(
      int clients, int seconds, int rounds, List<Round> with, List<Round> without) {
    double[] throughput = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      throughput[r] = with.get(r).requestsPerSecond() / without.get(r).requestsPerSecond();
      cpu[r] = with.get(r).cpuMicrosPerRequest() / without.get(r).cpuMicrosPerRequest();
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d clients, %d rounds of %d s each way, alternating%n%n"
            + "| | requests/s (median of rounds) | p99 latency (all requests) |"
            + " server CPU per request (median) |%n"
            + "|---|---:|---:|---:|%n"
            + "| without the guard | %,.0f | %.2f ms | %.1f us |%n"
            + "| with the guard (mode block) | %,.0f | %.2f ms | %.1f us |%n"
            + "%nper round, with / without: throughput median %.3f (range %.3f to %.3f),"
            + " server CPU per request median %.3f (range %.3f to %.3f)%n",
        clients,
        rounds,
        seconds,
        median(without.stream().mapToDouble(Round::requestsPerSecond).toArray()),
        percentile(all(without), 0.99) / 1e6,
        median(without.stream().mapToDouble(Round::cpuMicrosPerRequest).toArray()),
        median(with.stream().mapToDouble(Round::requestsPerSecond).toArray()),
        percentile(all(with), 0.99) / 1e6,
        median(with.stream().mapToDouble(Round::cpuMicrosPerRequest).toArray()),
        median(throughput),
        Arrays.stream(throughput).min().orElseThrow(),
        Arrays.stream(throughput).max().orElseThrow(),
        median(cpu),
        Arrays.stream(cpu).min().orElseThrow(),
        Arrays.stream(cpu).max().orElseThrow());
  }

  private static long[] all(List<Round> rounds) {
    return rounds.stream().map(Round::latenciesNanos).flatMapToLong(Arrays::stream).toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double percentile(long[] values, double fraction) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
  }

  private static String textOption(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Path.of(args[i + 1]).toAbsolutePath().toString();
      }
    }
    return null;
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
