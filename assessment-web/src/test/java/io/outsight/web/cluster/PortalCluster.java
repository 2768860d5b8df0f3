package io.outsight.web.cluster;

import io.outsight.web.PortalProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Instances of the portal WAR on Payara Micro that form one cluster over loopback: Hazelcast finds
 * its members by TCP/IP on 127.0.0.1 only (never multicast) and binds nowhere else, HTTP listens on
 * 127.0.0.1, and every instance uses the same PostgreSQL database. Each runs in its own JVM, so a
 * test can kill one as a crash would.
 */
final class PortalCluster implements AutoCloseable {

  private final Path folder;
  private final String jdbcUrl;
  private final int firstDataGridPort;
  private final int size;
  private final List<String> configuration;
  private final Map<String, PortalProcess> instances = new TreeMap<>();

  /**
   * @param configuration further system properties every instance starts with
   */
  PortalCluster(Path folder, String jdbcUrl, int size, List<String> configuration) {
    this.folder = folder;
    this.jdbcUrl = jdbcUrl;
    this.size = size;
    this.configuration = List.copyOf(configuration);
    this.firstDataGridPort = consecutiveFreePorts(size);
  }

  /**
   * Starts instances with these names all at once, as a cluster restarted together would, and waits
   * until each serves pages.
   */
  List<PortalProcess> start(String... names) throws IOException, InterruptedException {
    List<PortalProcess> started = new ArrayList<>();
    for (String name : names) {
      started.add(launch(name));
    }
    for (PortalProcess instance : started) {
      instance.awaitReady();
    }
    return started;
  }

  PortalProcess instance(String name) {
    return instances.get(name);
  }

  /** Kills an instance at once, without letting it shut down: SIGKILL. */
  void kill(String name) throws InterruptedException {
    instances.remove(name).kill();
  }

  Path log(String name) {
    return folder.resolve(name + ".log");
  }

  private PortalProcess launch(String name) throws IOException {
    StringBuilder members = new StringBuilder("tcpip:");
    for (int i = 0; i < size; i++) {
      members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(firstDataGridPort + i);
    }
    PortalProcess instance =
        PortalProcess.launch(
            folder,
            name,
            "cluster-preboot.asadmin",
            Stream.concat(
                    Stream.of(
                        "-Doutsight.demo.enabled=true",
                        "-Doutsight.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                        "-Doutsight.datasource.url=" + jdbcUrl,
                        "-Doutsight.datasource.user=outsight",
                        "-Doutsight.datasource.password=outsight",
                        "-Doutsight.datasource.owner.user=outsight_owner",
                        "-Doutsight.datasource.owner.password=outsight"),
                    configuration.stream())
                .toList(),
            List.of(
                "--clustername",
                "outsight-it",
                "--clustermode",
                members.toString(),
                "--interfaces",
                "127.0.0.1",
                "--startport",
                String.valueOf(firstDataGridPort),
                "--nohostaware"));
    instances.put(name, instance);
    return instance;
  }

  /** The first of {@code count} consecutive ports that are free now. */
  private static int consecutiveFreePorts(int count) {
    for (int first = 16900; first < 17900; first += count) {
      if (allFree(first, count)) {
        return first;
      }
    }
    throw new IllegalStateException(
        "no " + count + " consecutive free ports between 16900 and 17900");
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
    for (PortalProcess instance : instances.values()) {
      instance.close();
    }
    instances.clear();
  }
}
