import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for issue 14, point 9: settles one period of every contract from FIRST_ID to LAST_ID through
 * POST /api/v1/contracts/{id}/payouts/{period}/settlement, as USER with PASSWORD, WORKERS requests at
 * a time. Counts as an error anything but a 201. Prints the time taken, the settlements a second and
 * latency percentiles.
 *
 *   java bench/SettleMonth.java BASE_URL USER PASSWORD PERIOD FIRST_ID LAST_ID WORKERS
 */
public class SettleMonth {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
    String period = args[3];
    long first = Long.parseLong(args[4]);
    long last = Long.parseLong(args[5]);
    int workers = Integer.parseInt(args[6]);
    AtomicLong next = new AtomicLong(first);
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int worker = 0; worker < workers; worker++) {
      results.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                long[] latencies = new long[(int) (last - first + 1)];
                int count = 0;
                for (long id = next.getAndIncrement(); id <= last; id = next.getAndIncrement()) {
                  HttpRequest request =
                      HttpRequest.newBuilder(
                              URI.create(
                                  base + "api/v1/contracts/" + id + "/payouts/" + period + "/settlement"))
                          .header("Authorization", authorization)
                          .POST(HttpRequest.BodyPublishers.noBody())
                          .timeout(Duration.ofSeconds(60))
                          .build();
                  long sent = System.nanoTime();
                  HttpResponse<String> response =
                      client.send(request, HttpResponse.BodyHandlers.ofString());
                  latencies[count++] = System.nanoTime() - sent;
                  if (response.statusCode() != 201) {
                    if (errors.incrementAndGet() <= 3) {
                      System.out.println("contract " + id + ": " + response.statusCode() + " " + response.body());
                    }
                  }
                }
                return Arrays.copyOf(latencies, count);
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> result : results) {
      for (long latency : result.get()) {
        all.add(latency);
      }
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    all.sort(null);
    System.out.printf(
        "settled %s of %d contracts with %d workers in %.1f s: %.0f a second, %d errors;"
            + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        period,
        all.size(),
        workers,
        seconds,
        all.size() / seconds,
        errors.get(),
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99));
  }

  private static double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
