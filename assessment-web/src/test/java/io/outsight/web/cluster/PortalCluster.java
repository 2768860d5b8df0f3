package io.outsight.web.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Instances of the portal WAR on Payara Micro that form one cluster over loopback: Hazelcast finds
 * its members by TCP/IP on 127.0.0.1 only (never multicast) and binds nowhere else, HTTP listens on
 * 127.0.0.1, and every instance uses the same PostgreSQL database. Each runs in its own JVM, so a
 * test can kill one as a crash would.
 */
final class PortalCluster implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  private final Path folder;
  private final String jdbcUrl;
  private final int firstDataGridPort;
  private final int size;
  private final Map<String, Instance> instances = new TreeMap<>();

  /** A running instance: its name, HTTP port and process. */
  record Instance(String name, int port, Process process) {}

  PortalCluster(Path folder, String jdbcUrl, int size) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.jdbcUrl = jdbcUrl;
    this.size = size;
    this.firstDataGridPort = consecutiveFreePorts(size);
    // The portal's pre-boot commands for a cluster's instances, and HTTP on loopback only.
    Files.writeString(folder.resolve("preboot.asadmin"), Files.readString(Path.of("src/main/payara/cluster-preboot.asadmin"))
        + Files.readString(Path.of("src/test/payara/http-on-loopback.asadmin")));
  }

  /** Starts instances with these names all at once, as a cluster restarted together would, and waits until each serves pages. */
  List<Instance> start(String... names) throws IOException, InterruptedException {
    List<Instance> started = new ArrayList<>();
    for (String name : names) {
      started.add(launch(name));
    }
    for (Instance instance : started) {
      awaitReady(instance);
    }
    return started;
  }

  Instance instance(String name) {
    return instances.get(name);
  }

  /** Kills an instance at once, without letting it shut down: SIGKILL. */
  void kill(String name) throws InterruptedException {
    Instance instance = instances.remove(name);
    instance.process().destroyForcibly();
    instance.process().waitFor();
  }

  Path log(String name) {
    return folder.resolve(name + ".log");
  }

  private Instance launch(String name) throws IOException {
    int port = freePort();
    StringBuilder members = new StringBuilder("tcpip:");
    for (int i = 0; i < size; i++) {
      members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(firstDataGridPort + i);
    }
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-Dhazelcast.phone.home.enabled=false", "-Dhazelcast.socket.bind.any=false",
        "-Doutsight.datasource.class=org.postgresql.ds.PGSimpleDataSource", "-Doutsight.datasource.url=" + jdbcUrl,
        "-Doutsight.datasource.user=outsight", "-Doutsight.datasource.password=outsight",
        "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("outsight.war"), "--contextroot", "/",
        "--port", String.valueOf(port), "--name", name, "--clustername", "outsight-it", "--clustermode", members.toString(),
        "--interfaces", "127.0.0.1", "--startport", String.valueOf(firstDataGridPort), "--nohostaware", "--disablephonehome",
        "--rootdir", folder.resolve("root-" + name).toString(), "--prebootcommandfile", folder.resolve("preboot.asadmin").toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    Instance instance = new Instance(name, port, process);
    instances.put(name, instance);
    return instance;
  }

  private void awaitReady(Instance instance) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/login.xhtml"))
        .timeout(Duration.ofSeconds(10)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!instance.process().isAlive()) {
        throw new IllegalStateException("Instance " + instance.name() + " stopped; see " + log(instance.name()));
      }
      try {
        if (client.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException("Instance " + instance.name() + " served no page within " + STARTUP + "; see " + log(instance.name()));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first of {@code count} consecutive ports that are free now. */
  private static int consecutiveFreePorts(int count) {
    for (int first = 16900; first < 17900; first += count) {
      if (allFree(first, count)) {
        return first;
      }
    }
    throw new IllegalStateException("no " + count + " consecutive free ports between 16900 and 17900");
  }

  private static boolean allFree(int first, int count) {
    for (int port = first; port < first + count; port++) {
      try (ServerSocket socket = new ServerSocket(port)) {
        // free: the socket closes again at once
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws InterruptedException {
    for (Instance instance : instances.values()) {
      instance.process().destroy();
    }
    for (Instance instance : instances.values()) {
      if (!instance.process().waitFor(30, TimeUnit.SECONDS)) {
        instance.process().destroyForcibly();
      }
    }
    instances.clear();
  }
}
