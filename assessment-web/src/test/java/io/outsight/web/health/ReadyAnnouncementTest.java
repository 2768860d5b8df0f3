package io.outsight.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The ready line waits for the portal's address to answer: a server error is not an answer. */
class ReadyAnnouncementTest {

  private static final Duration PAUSE = Duration.ofMillis(10);

  @Test
  void theAddressServesOnceItAnswersWithoutAServerError() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HttpServer portal = server(() -> asked.incrementAndGet() <= 3 ? 500 : 302);
    try {
      assertThat(ReadyAnnouncement.servesWithin(address(portal), Duration.ofSeconds(30), PAUSE))
          .isTrue();
      assertThat(asked).as("asked until the first answer that is not a server error").hasValue(4);
    } finally {
      portal.stop(0);
    }
  }

  @Test
  void anAddressThatOnlyFailsDoesNotServe() throws Exception {
    HttpServer portal = server(() -> 503);
    try {
      assertThat(ReadyAnnouncement.servesWithin(address(portal), Duration.ofMillis(300), PAUSE))
          .isFalse();
    } finally {
      portal.stop(0);
    }
  }

  @Test
  void anAddressWhereNothingListensDoesNotServe() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    assertThat(
            ReadyAnnouncement.servesWithin(
                URI.create("http://127.0.0.1:" + closed + "/"), Duration.ofMillis(300), PAUSE))
        .isFalse();
  }

  @Test
  void onlyAnAddressOnThisMachineIsAskedWhetherItServes() {
    assertThat(
            List.of(
                "http://localhost:8080/",
                "http://LOCALHOST:9190/",
                "http://127.0.0.1:8080/",
                "http://127.1.2.3/",
                "http://[::1]:8080/"))
        .allSatisfy(
            address ->
                assertThat(ReadyAnnouncement.onThisMachine(URI.create(address)))
                    .as(address)
                    .isTrue());
    assertThat(
            List.of(
                "http://portal.example/",
                "https://outsight.intranet.test/",
                "http://10.0.0.5:8080/",
                "http://[2001:db8::1]/",
                "http://localhost.example/"))
        .allSatisfy(
            address ->
                assertThat(ReadyAnnouncement.onThisMachine(URI.create(address)))
                    .as(address)
                    .isFalse());
  }

  private static HttpServer server(IntSupplier status) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(status.getAsInt(), -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static URI address(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }
}
