package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import org.junit.jupiter.api.Test;

/**
 * The portal as the README's run command starts it: a child of the command's process, with its
 * process file in the data directory. A second start on the same data, or on a taken port, is
 * refused at once by the run command's preflight; the line that tells where to open the portal
 * comes once it serves; killing the command from another shell stops the server too, and nothing is
 * left listening.
 */
class RunCommandIT {

  private static final Path FOLDER = Path.of("target/run-command-it");

  @Test
  void theServerStopsWithItsCommandAndASecondStartIsRefusedAtOnce() throws Exception {
    PortalProcess.emptyFolder(FOLDER);
    Path pidFile = FOLDER.resolve("data/portal.pid").toAbsolutePath();
    PortalProcess portal =
        PortalProcess.launchUnderShell(
            FOLDER,
            "run-command",
            "preboot.asadmin",
            PortalProcess.onH2File(
                FOLDER.resolve("data/db/outsight"),
                "outsight",
                "-Dmp.config.profile=demo",
                "-Doutsight.demo.enabled=true",
                "-Doutsight.run-command.pid-file=" + pidFile),
            PortalProcess.ALONE);
    try {
      portal.awaitLog("Outsight is ready: open " + portal.url());
      assertThat(status(URI.create(portal.url() + "login.xhtml")))
          .as("the sign-in page, asked for the moment the portal says it is ready")
          .isEqualTo(200);
      long server = Long.parseLong(Files.readString(pidFile).strip());
      assertThat(ProcessHandle.of(server))
          .as("the server, as its process file names it")
          .hasValueSatisfying(
              process ->
                  assertThat(process.parent().map(ProcessHandle::pid))
                      .as("a child of the command")
                      .isNotEmpty());

      Preflight sameData = preflight(PortalProcess.freePort(), pidFile);
      assertThat(sameData.exitCode()).isEqualTo(1);
      assertThat(sameData.said())
          .contains("Outsight already runs on the data directory", "as process " + server);
      Preflight samePort =
          preflight(portal.port(), FOLDER.resolve("other-data/portal.pid").toAbsolutePath());
      assertThat(samePort.exitCode()).isEqualTo(1);
      assertThat(samePort.said()).contains("The port " + portal.port() + " is in use");
      assertThat(
              preflight(
                      PortalProcess.freePort(),
                      FOLDER.resolve("other-data/portal.pid").toAbsolutePath())
                  .exitCode())
          .as("another port and another data directory")
          .isZero();

      portal.close(); // SIGTERM to the command only, as kill from another shell sends it
      Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
      while (ProcessHandle.of(server).filter(ProcessHandle::isAlive).isPresent()
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }
      assertThat(ProcessHandle.of(server).filter(ProcessHandle::isAlive))
          .as("the server after its command was killed")
          .isEmpty();
      assertThat(listening(portal.port())).as("anything listening on the portal's port").isFalse();
      assertThat(pidFile).as("the process file, removed as the server stopped").doesNotExist();
      assertThat(Files.readString(portal.log()))
          .contains("The run command stopped: Outsight stops too");
    } finally {
      portal.kill();
      // a server left by a failed run would hold its port and data for the next one
      if (Files.exists(pidFile)) {
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
            .ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  @Test
  void aCalendarDayThatDoesNotExistIsRefusedBeforeAnythingIsBuilt() throws Exception {
    Path pidFile = FOLDER.resolve("calendar-data/portal.pid").toAbsolutePath();
    Preflight noLeapDay = preflight(PortalProcess.freePort(), pidFile, "2027-02-29");
    assertThat(noLeapDay.exitCode()).isEqualTo(1);
    assertThat(noLeapDay.said())
        .contains(
            "Outsight cannot start: outsight.calendar.today must be a day that exists, written"
                + " 2028-02-29: 2027-02-29.");
    assertThat(preflight(PortalProcess.freePort(), pidFile, "2028-02-29").exitCode())
        .as("a leap day that exists")
        .isZero();
    assertThat(preflight(PortalProcess.freePort(), pidFile, "").exitCode())
        .as("no day: the real one")
        .isZero();
  }

  /** What the run command's preflight said and how it ended. */
  private record Preflight(int exitCode, String said) {}

  private static Preflight preflight(int port, Path pidFile, String... calendarDay)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "src/main/payara/RunPreflight.java",
                String.valueOf(port),
                pidFile.toString()));
    command.addAll(List.of(calendarDay));
    Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes());
    return new Preflight(check.waitFor(), said);
  }

  private static int status(URI page) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
