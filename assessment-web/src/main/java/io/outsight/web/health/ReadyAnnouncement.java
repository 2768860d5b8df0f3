package io.outsight.web.health;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whoever started the portal where to open it, once it serves. Payara lists the machine's
 * network addresses; the run command knows the address a user types, and passes it as {@code
 * outsight.url}. The application scope starts about a second before Payara has loaded the whole
 * application, and a page asked for in that second fails; so the line waits until the address
 * answers, and a script that waits for the line can open the portal at once. Only an address on
 * this machine is asked, as the run command's is: a public one, behind a balancer, may not answer
 * from inside, and asking it would reach beyond the machine; the line then comes as the application
 * starts.
 */
@ApplicationScoped
public class ReadyAnnouncement {

  private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

  /** Longer than any start on this machine takes from here to serving (about one second). */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private static final Duration PAUSE = Duration.ofMillis(100);

  /** An IPv4 address, or an IPv6 one in brackets: InetAddress reads them without a name server. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+\\]");

  @Inject
  @ConfigProperty(name = "outsight.url")
  private Optional<String> url;

  @Resource private ManagedExecutorService executor;

  private Future<?> watch;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    url.map(URI::create)
        .ifPresent(
            address -> {
              if (onThisMachine(address)) {
                watch = executor.submit(() -> announceWhenServing(address));
              } else {
                announce(address);
              }
            });
  }

  /** An application undeployed before it served has nothing to announce. */
  @PreDestroy
  void stopWatching() {
    if (watch != null) {
      watch.cancel(true);
    }
  }

  private static void announceWhenServing(URI address) {
    try {
      if (servesWithin(address, PATIENCE, PAUSE)) {
        announce(address);
      } else {
        LOG.warning(
            () ->
                "Outsight started, but its address "
                    + address
                    + " (outsight.url) did not answer from this server within "
                    + PATIENCE.toSeconds()
                    + " s");
      }
    } catch (InterruptedException undeployed) {
      Thread.currentThread().interrupt();
    }
  }

  private static void announce(URI address) {
    LOG.info(() -> "Outsight is ready: open " + address + " (Ctrl-C stops it)");
  }

  /**
   * Whether {@code address} names this machine: localhost or a loopback address, told without
   * asking a name server.
   */
  static boolean onThisMachine(URI address) {
    String host = address.getHost();
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!IP_LITERAL.matcher(host).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }

  /**
   * Whether {@code address} answers without a server error before {@code patience} runs out: a
   * redirect or a sign-in page is an answer, a refused connection or a 5xx is not yet one.
   */
  static boolean servesWithin(URI address, Duration patience, Duration pause)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest page = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build();
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (client.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
          return true;
        }
      } catch (IOException notYetOrNotFromHere) {
        // not listening yet, or an address this server cannot reach: asked again until the deadline
      }
      Thread.sleep(pause.toMillis());
    }
    return false;
  }
}
