import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for issues 6 and 19: signed-in users, each with a session of their own, asking in turn for the
 * contracts list, the demo contract's success report, the dashboard (home page) and the vendor list
 * (the last since issue 19), for a time and
 * at most a number of requests, timed from when all have signed in. Each user asks again as soon as the portal answers, or after
 * reading the page for THINK_MILLIS. Counts as an error anything but a 200 with the signed-in page.
 * Prints throughput and latency percentiles. With the environment variable PAGES (addresses below
 * BASE_URL, comma-separated; an empty one is the dashboard) the users ask for those pages instead,
 * as bench/page-by-page.sh does to price one page at a time.
 *
 *   java bench/LoadDriver.java BASE_URL USERS SECONDS MAX_REQUESTS CONTRACT_ID LABEL [THINK_MILLIS]
 */
public class LoadDriver {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int users = Integer.parseInt(args[1]);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    long maxRequests = Long.parseLong(args[3]);
    String[] pages = System.getenv("PAGES") != null
        ? System.getenv("PAGES").split(",", -1)
        : new String[] {"contracts/index.xhtml", "contracts/report.xhtml?id=" + args[4], "", "vendors/index.xhtml"};
    String label = args[5];
    long think = args.length > 6 ? Long.parseLong(args[6]) : 0;

    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<long[]>> results = new ArrayList<>();
    // The clock starts once every user has signed in: a sign-in checks a password hash on purpose
    // slowly, and the figures are for signed-in pages.
    AtomicLong start = new AtomicLong();
    CyclicBarrier signedIn = new CyclicBarrier(users, () -> start.set(System.nanoTime()));
    for (int user = 0; user < users; user++) {
      int first = user;
      results.add(pool.submit(() -> {
        // HTTP/1.1 as browsers speak it to a site without TLS (Java's client would otherwise try h2c)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(client, base);
        signedIn.await();
        long deadline = start.get() + duration.toNanos();
        long[] latencies = new long[1024];
        int count = 0;
        for (int i = first; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; i++) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + pages[i % pages.length])).timeout(Duration.ofSeconds(30)).build();
          long sent = System.nanoTime();
          try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("signed-in-user")) {
              errors.incrementAndGet();
              String kind = response.statusCode() + (response.body().contains("j_username") ? " sign-in page" : " other page");
              errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            }
          } catch (Exception failed) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(failed.getClass().getSimpleName() + ": " + failed.getMessage(), k -> new AtomicLong()).incrementAndGet();
          }
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = System.nanoTime() - sent;
          if (think > 0) {
            Thread.sleep(think);
          }
        }
        return Arrays.copyOf(latencies, count);
      }));
    }
    long[] all = new long[0];
    for (Future<long[]> result : results) {
      long[] some;
      try {
        some = result.get();
      } catch (ExecutionException failed) {
        pool.shutdownNow();
        failed.getCause().printStackTrace();
        System.exit(1);
        return;
      }
      long[] merged = Arrays.copyOf(all, all.length + some.length);
      System.arraycopy(some, 0, merged, all.length, some.length);
      all = merged;
    }
    double seconds = (System.nanoTime() - start.get()) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    System.out.printf("%s: %d users, %d ms between pages, %.0f s, %d requests, %.1f requests/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, errors %d%n",
        label, users, think, seconds, all.length, all.length / seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99),
        all[all.length - 1] / 1e6, errors.get());
    if (!errorKinds.isEmpty()) {
      System.out.println("  errors by kind: " + errorKinds);
    }
  }

  private static void signIn(HttpClient client, String base) throws Exception {
    client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
    String form = "j_username=procurement&j_password=" + URLEncoder.encode("outsight-demo", StandardCharsets.UTF_8);
    HttpResponse<String> landed = client.send(HttpRequest.newBuilder(URI.create(base + "j_security_check")).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (!landed.body().contains("signed-in-user")) {
      throw new IllegalStateException("sign-in failed: " + landed.statusCode());
    }
  }

  private static double percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
