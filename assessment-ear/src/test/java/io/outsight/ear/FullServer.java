package io.outsight.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A domain of the full Payara Server distribution, unpacked as it comes, driven with its own {@code
 * asadmin} the way the README's section on the EAR tells an operator to, and kept on this machine:
 * every listener on 127.0.0.1 at a free port, its phone-home, message broker and data grid off.
 */
final class FullServer implements AutoCloseable {

  private static final String DOMAIN = "domain1";

  private static final String SERVER_CONFIG = "configs.config.server-config.";

  /** ::1 as /proc/net/tcp6 writes it. */
  private static final String IPV6_LOOPBACK = "00000000000000000000000001000000";

  /** The start of an IPv4 address mapped into IPv6, as /proc/net/tcp6 writes it. */
  private static final String IPV4_MAPPED = "0000000000000000FFFF0000";

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
   * datasource commands the portal runs too; a domain that started and then failed is stopped.
   */
  static FullServer start(Path installation, Map<String, String> configuration, Path datasource)
      throws IOException {
    int[] ports = freePorts(7);
    FullServer server = new FullServer(installation, ports[0], ports[1]);
    quietBeforeFirstStart(server.domainDirectory().resolve("config/domain.xml"));
    Path preboot = installation.resolve("outsight-preboot.asadmin");
    Files.write(preboot, onLoopback(ports));
    server.asadmin("start-domain", "--prebootcommandfile", preboot.toString(), DOMAIN);
    try {
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
    } catch (IOException | RuntimeException failed) {
      server.close();
      throw failed;
    }
  }

  /**
   * What must hold before the domain's first start, because the server acts on it before any
   * command reaches it and a pre-boot command does not change it: it phones home, its message
   * broker listens on every interface, and so does the H2 server its EJB timer database starts for
   * other processes (AUTO_SERVER) unless H2 is told an address.
   */
  private static void quietBeforeFirstStart(Path domainXml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document domain = factory.newDocumentBuilder().parse(domainXml.toFile());
      Element config = serverConfig(domain);
      // neither is written in the configuration as unpacked: the server's defaults stand
      child(config, "phone-home-runtime-configuration").setAttribute("enabled", "false");
      child(config, "jms-service").setAttribute("type", "DISABLED");
      Element h2Address = domain.createElement("jvm-options");
      h2Address.setTextContent("-Dh2.bindAddress=127.0.0.1");
      child(config, "java-config").appendChild(h2Address);
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(domain), new StreamResult(domainXml.toFile()));
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("Cannot prepare " + domainXml, e);
    }
  }

  private static Element serverConfig(Document domain) {
    NodeList configs = domain.getElementsByTagName("config");
    for (int i = 0; i < configs.getLength(); i++) {
      Element config = (Element) configs.item(i);
      if (config.getAttribute("name").equals("server-config")) {
        return config;
      }
    }
    throw new IllegalStateException("The domain has no server-config");
  }

  /** The element's child of that name, added first if it has none. */
  private static Element child(Element parent, String name) {
    NodeList children = parent.getElementsByTagName(name);
    if (children.getLength() > 0) {
      return (Element) children.item(0);
    }
    Element added = parent.getOwnerDocument().createElement(name);
    parent.insertBefore(added, parent.getFirstChild());
    return added;
  }

  /** Before the domain opens any port: each listener on loopback, no data grid. */
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

  /**
   * The local addresses, as /proc/net writes them, of the server's listening sockets that are not
   * on loopback.
   */
  List<String> listenersBeyondLoopback() throws IOException {
    String pid = Files.readString(domainDirectory().resolve("config/pid")).strip();
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> descriptors = Files.list(Path.of("/proc", pid, "fd"))) {
      for (Path descriptor : descriptors.toList()) {
        try {
          String target = Files.readSymbolicLink(descriptor).toString();
          if (target.startsWith("socket:[")) {
            sockets.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while listed is no listener
        }
      }
    }
    List<String> beyond = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> rows = Files.readAllLines(Path.of(table));
      for (String row : rows.subList(1, rows.size())) {
        // sl, local address:port, remote, state (0A: listening), queues, timer, retransmits,
        // uid, timeout, inode
        String[] fields = row.strip().split("\\s+");
        String address = fields[1].substring(0, fields[1].indexOf(':'));
        if (fields[3].equals("0A") && sockets.contains(fields[9]) && !loopback(address)) {
          beyond.add(fields[1]);
        }
      }
    }
    return beyond;
  }

  /** 127.0.0.0/8 (its last hex byte first in memory), ::1, or 127.x mapped into IPv6. */
  private static boolean loopback(String address) {
    return address.length() == 8
        ? address.endsWith("7F")
        : address.equals(IPV6_LOOPBACK)
            || (address.startsWith(IPV4_MAPPED) && address.endsWith("7F"));
  }

  @Override
  public void close() {
    asadmin("stop-domain", DOMAIN);
  }

  private Path domainDirectory() {
    return installation.resolve("glassfish/domains/" + DOMAIN);
  }

  /** Runs one command and answers its output; a command that fails fails the test with it. */
  private String asadmin(String... command) {
    List<String> line = new ArrayList<>();
    line.add(installation.resolve("bin/asadmin").toString());
    line.add("--port=" + adminPort);
    line.add("--interactive=false");
    line.addAll(List.of(command));
    try {
      Path output = Files.createTempFile("asadmin", ".out");
      try {
        Process process =
            new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
          process.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        if (!finished || process.exitValue() != 0) {
          throw new IllegalStateException(
              String.join(" ", command)
                  + (finished ? " failed:\n" : " took more than 5 minutes:\n")
                  + said
                  + "\nThe server's log:\n"
                  + logTail());
        }
        return said;
      } finally {
        Files.delete(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String logTail() throws IOException {
    Path log = domainDirectory().resolve("logs/server.log");
    if (!Files.exists(log)) {
      return "(none)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.subList(Math.max(0, lines.size() - 80), lines.size()).stream()
        .collect(Collectors.joining("\n"));
  }
}
