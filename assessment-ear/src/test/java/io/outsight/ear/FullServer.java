package io.outsight.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A domain of the full Payara Server distribution, unpacked as it comes, driven with its own {@code
 * asadmin} the way the README's section on the EAR tells an operator to, and kept on this machine:
 * every listener on 127.0.0.1 at a free port, its phone-home, message broker and data grid off.
 */
final class FullServer implements AutoCloseable {

  private static final String DOMAIN = "domain1";

  private static final String SERVER_CONFIG = "configs.config.server-config.";

  private final Path installation;
  private final int adminPort;
  private final int httpPort;

  private FullServer(Path installation, int adminPort, int httpPort) {
    this.installation = installation;
    this.adminPort = adminPort;
    this.httpPort = httpPort;
  }

  /**
   * Starts the domain and gives it Outsight's configuration, then its connection pool from the
   * datasource commands the portal runs too.
   */
  static FullServer start(Path installation, Map<String, String> configuration, Path datasource)
      throws IOException {
    Path domainXml = installation.resolve("glassfish/domains/" + DOMAIN + "/config/domain.xml");
    switchOffPhoneHome(domainXml);
    int[] ports = freePorts(7);
    FullServer server = new FullServer(installation, ports[0], ports[1]);
    Path preboot = installation.resolve("outsight-preboot.asadmin");
    Files.write(preboot, onLoopback(ports));
    server.asadmin("start-domain", "--prebootcommandfile", preboot.toString(), DOMAIN);
    Path settings = installation.resolve("outsight.asadmin");
    Files.write(
        settings,
        configuration.entrySet().stream()
            .map(
                setting ->
                    "set-config-property --source=domain --propertyName="
                        + setting.getKey()
                        + " --propertyValue="
                        + setting.getValue())
            .toList());
    server.asadmin("multimode", "--file", settings.toString());
    server.asadmin("multimode", "--file", datasource.toString());
    return server;
  }

  /**
   * The server phones home at its first start, before any command could reach it, unless the
   * domain's configuration already says not to.
   */
  private static void switchOffPhoneHome(Path domainXml) throws IOException {
    String domain = Files.readString(domainXml, StandardCharsets.UTF_8);
    if (domain.contains("<phone-home-runtime-configuration")) {
      return;
    }
    String anchor = "<config name=\"server-config\">";
    if (!domain.contains(anchor)) {
      throw new IllegalStateException("No server-config in " + domainXml);
    }
    Files.writeString(
        domainXml,
        domain.replace(anchor, anchor + "<phone-home-runtime-configuration enabled=\"false\"/>"),
        StandardCharsets.UTF_8);
  }

  /** Before the domain opens any port: each listener on loopback, nothing else started. */
  private static List<String> onLoopback(int[] ports) {
    String listeners = SERVER_CONFIG + "network-config.network-listeners.network-listener.";
    String iiop = SERVER_CONFIG + "iiop-service.iiop-listener.";
    List<String> commands = new ArrayList<>();
    String[] names = {
      listeners + "admin-listener",
      listeners + "http-listener-1",
      listeners + "http-listener-2",
      iiop + "orb-listener-1",
      iiop + "SSL",
      iiop + "SSL_MUTUALAUTH",
      SERVER_CONFIG + "admin-service.jmx-connector.system"
    };
    for (int i = 0; i < names.length; i++) {
      commands.add("set " + names[i] + ".address=127.0.0.1");
      commands.add("set " + names[i] + ".port=" + ports[i]);
    }
    commands.add("set " + SERVER_CONFIG + "jms-service.type=DISABLED");
    commands.add("set " + SERVER_CONFIG + "hazelcast-config-specific-configuration.enabled=false");
    return commands;
  }

  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        held.add(new ServerSocket(0));
      }
      return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  void deploy(Path archive) {
    asadmin("deploy", archive.toString());
  }

  void undeploy(String application) {
    asadmin("undeploy", application);
  }

  String applications() {
    return asadmin("list-applications");
  }

  /** An address on the server's HTTP listener. */
  URI http(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  @Override
  public void close() {
    asadmin("stop-domain", DOMAIN);
  }

  /** Runs one command and answers its output; a command that fails fails the test with it. */
  private String asadmin(String... command) {
    List<String> line = new ArrayList<>();
    line.add(installation.resolve("bin/asadmin").toString());
    line.add("--port=" + adminPort);
    line.add("--interactive=false");
    line.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed:\n"
                + output
                + "\nThe server's log:\n"
                + logTail());
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String logTail() throws IOException {
    Path log = installation.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    if (!Files.exists(log)) {
      return "(none)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.subList(Math.max(0, lines.size() - 80), lines.size()).stream()
        .collect(Collectors.joining("\n"));
  }
}
