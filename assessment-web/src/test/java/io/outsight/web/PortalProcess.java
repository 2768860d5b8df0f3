package io.outsight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The portal WAR on Payara Micro in a JVM of its own, started as an operator starts it: the tests
 * that need settings no other test shares, or a process they can kill, use it instead of
 * Arquillian's. HTTP listens on 127.0.0.1, on a free port.
 */
public final class PortalProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  /** Payara Micro's options for an instance alone, in no cluster and no data grid. */
  public static final List<String> ALONE = List.of("--nocluster", "--nohazelcast");

  /**
   * The audit trail's key of the instances this test run starts: one for all, as a cluster needs.
   */
  private static final String AUDIT_KEY =
      Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private PortalProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts an instance named {@code name} in {@code folder}, which keeps its runtime and its log.
   *
   * @param preboot the portal's pre-boot commands for this kind of instance, in src/main/payara
   * @param javaOptions system properties and the like, before {@code -jar}
   * @param payaraOptions Payara Micro's own options, after the WAR, port, name and folders
   */
  public static PortalProcess launch(
      Path folder,
      String name,
      String preboot,
      List<String> javaOptions,
      List<String> payaraOptions)
      throws IOException {
    return launch(folder, name, preboot, javaOptions, payaraOptions, List.of());
  }

  /**
   * Starts an instance as the child of a shell that waits for it, as Maven's run command starts
   * Payara: the process this object holds, and kills, is the shell.
   */
  public static PortalProcess launchUnderShell(
      Path folder,
      String name,
      String preboot,
      List<String> javaOptions,
      List<String> payaraOptions)
      throws IOException {
    return launch(
        folder,
        name,
        preboot,
        javaOptions,
        payaraOptions,
        List.of("/bin/sh", "-c", "\"$@\" & wait", "run-command"));
  }

  private static PortalProcess launch(
      Path folder,
      String name,
      String preboot,
      List<String> javaOptions,
      List<String> payaraOptions,
      List<String> parent)
      throws IOException {
    Files.createDirectories(folder);
    Path commands = folder.resolve(name + "-preboot.asadmin");
    Files.writeString(
        commands,
        Files.readString(Path.of("src/main/payara", preboot))
            + Files.readString(Path.of("src/test/payara/http-on-loopback.asadmin")));
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dhazelcast.phone.home.enabled=false",
                "-Dhazelcast.socket.bind.any=false",
                "-Doutsight.audit.key=" + AUDIT_KEY,
                "-Doutsight.audit.checkpoint-directory=" + folder.resolve("audit-checkpoints"),
                // the address the instance announces when it serves; a test's own comes later and
                // wins
                "-Doutsight.url=" + url(port)));
    command.addAll(javaOptions);
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("outsight.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--name",
            name,
            "--disablephonehome",
            "--rootdir",
            folder.resolve("root-" + name).toString(),
            "--prebootcommandfile",
            commands.toString(),
            "--postbootcommandfile",
            System.getProperty("outsight.datasource.commands"),
            "--addlibs",
            System.getProperty("outsight.server.libs")));
    command.addAll(payaraOptions);
    command.addAll(0, parent);
    Path log = folder.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PortalProcess(name, port, log, process);
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String url() {
    return url(port);
  }

  private static String url(int port) {
    return "http://127.0.0.1:" + port + "/";
  }

  /** What Payara and the portal printed. */
  public Path log() {
    return log;
  }

  /** Waits until the instance serves the sign-in page. */
  public void awaitReady() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest page =
        HttpRequest.newBuilder(URI.create(url() + "login.xhtml"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Instance " + name + " stopped; see " + log);
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
    throw new IllegalStateException(
        "Instance " + name + " served no page within " + STARTUP + "; see " + log);
  }

  /**
   * Waits until the instance's log holds {@code text}, reading it as often as a person would not.
   */
  public void awaitLog(String text) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (!Files.readString(log).contains(text)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Instance " + name + " did not log \"" + text + "\"; see " + log);
      }
      Thread.sleep(20);
    }
  }

  /** Kills the instance at once, without letting it shut down: SIGKILL, as a crash would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Asks the instance to shut down, and kills it if it has not within 30 seconds. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /**
   * Empties a test's folder before it launches instances there: an earlier run's logs, runtime and
   * database would otherwise be read as this run's.
   */
  public static void emptyFolder(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> old = Files.walk(folder)) {
        old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * Java options that keep an instance's data in an H2 database in a file, as the README's run
   * command does, followed by {@code more}.
   *
   * @param database the database's file, without H2's ending
   */
  public static List<String> onH2File(Path database, String password, String... more) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Doutsight.datasource.url=jdbc:h2:file:"
                    + database.toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE",
                "-Doutsight.datasource.user=outsight",
                "-Doutsight.datasource.password=" + password));
    options.addAll(List.of(more));
    return options;
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
