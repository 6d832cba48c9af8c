package org.cookiecharter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cookiecharter.example.portal.PortalServer;

/**
 * What the guard costs the example portal: its home page requested over real HTTP by concurrent
 * clients, from the portal with its guard and from the same portal without, in alternating rounds
 * of fixed length in one JVM, after alternating warm-up rounds (the JIT compiler and the connection
 * pools settle over the first minute). Half the requests come from a new visitor (the portal sets
 * its CSRF cookie, and its audience cookie, which the guard drops), half from a visitor who
 * accepted statistics in the banner (the guard reads the consent and lets the audience cookie out):
 * every response sets cookies that the guard checks.
 *
 * <pre>
 * java -cp bench/target/classes:example-app/target/cookie-charter-example-app-VERSION.jar \
 *     org.cookiecharter.bench.GuardLoad [--clients 8] [--seconds 10] [--rounds 10] [--warmup 4]
 * </pre>
 */
public final class GuardLoad {
  /** What CookieConsent 3.1.0 writes after "accept all" with the portal's configuration. */
  private static final String CONSENTED =
      "csrftoken=t; cookies_preferences="
          + "%7B%22categories%22%3A%5B%22necessary%22%2C%22statistics%22%5D%2C%22revision%22%3A0"
          + "%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22"
          + "%2C%22consentId%22%3A%226ed66ddb-8806-434e-b625-dcdcf892660b%22%2C%22services%22"
          + "%3A%7B%22necessary%22%3A%5B%22cookie_charter_1%22%2C%22cookie_charter_2%22%2C"
          + "%22cookie_charter_3%22%2C%22cookie_charter_4%22%5D%2C%22statistics%22%3A%5B"
          + "%22cookie_charter_5%22%5D%7D%2C%22languageCode%22%3A%22fr%22%2C"
          + "%22lastConsentTimestamp%22%3A%222026-11-26T01%3A56%3A07.815Z%22%2C"
          + "%22expirationTime%22%3A1811382967817%7D";

  private GuardLoad() {}

  /** One round's figures. */
  private record Round(double requestsPerSecond, long[] latenciesNanos) {}

  public static void main(String[] args) throws Exception {
    int clients = option(args, "--clients", 8);
    int seconds = option(args, "--seconds", 10);
    int rounds = option(args, "--rounds", 10);
    int warmup = option(args, "--warmup", 4); // rounds each way, not counted

    try (PortalServer guarded = PortalServer.start("localhost", 0, true);
        PortalServer bare = PortalServer.start("localhost", 0, false)) {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        for (int w = 0; w < warmup; w++) {
          round(pool, clients, guarded, seconds);
          round(pool, clients, bare, seconds);
        }
        List<Round> with = new ArrayList<>();
        List<Round> without = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          boolean guardFirst = r % 2 == 0; // alternate, so that neither always runs warmer
          for (boolean guard :
              guardFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
            Round round = round(pool, clients, guard ? guarded : bare, seconds);
            (guard ? with : without).add(round);
            System.out.printf(
                Locale.ROOT,
                "round %d %-8s %,10.0f req/s  p99 %6.2f ms%n",
                r + 1,
                guard ? "guard" : "no guard",
                round.requestsPerSecond(),
                percentile(round.latenciesNanos(), 0.99) / 1e6);
          }
        }
        report(clients, seconds, rounds, with, without);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** {@code clients} visitors request the home page for {@code seconds}. */
  private static Round round(ExecutorService pool, int clients, PortalServer portal, int seconds)
      throws Exception {
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
    return new Round(all.length / (double) seconds, all);
  }

  private static long[] visit(URI portal, long end) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest newVisitor = HttpRequest.newBuilder(portal).build();
    HttpRequest consented = HttpRequest.newBuilder(portal).header("Cookie", CONSENTED).build();
    long[] latencies = new long[1 << 16];
    int count = 0;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      HttpResponse<byte[]> response =
          client.send(
              count % 2 == 0 ? newVisitor : consented, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the portal answered " + response.statusCode());
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
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = with.get(r).requestsPerSecond() / without.get(r).requestsPerSecond();
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d clients, %d rounds of %d s each way, alternating%n%n"
            + "| | requests/s (median of rounds) | p99 latency (all requests) |%n"
            + "|---|---:|---:|%n"
            + "| without the guard | %,.0f | %.2f ms |%n"
            + "| with the guard (mode block) | %,.0f | %.2f ms |%n"
            + "%nthroughput with / without, per round: median %.3f, range %.3f to %.3f%n",
        clients,
        rounds,
        seconds,
        median(without.stream().mapToDouble(Round::requestsPerSecond).toArray()),
        percentile(all(without), 0.99) / 1e6,
        median(with.stream().mapToDouble(Round::requestsPerSecond).toArray()),
        percentile(all(with), 0.99) / 1e6,
        median(ratios),
        Arrays.stream(ratios).min().orElseThrow(),
        Arrays.stream(ratios).max().orElseThrow());
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

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
