import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Run by the README's run command before it builds anything (java RunPreflight.java PORT PIDFILE
 * [DAY]): says at once, and in words, that the port is taken, that a portal already runs on the
 * same data directory, or that the calendar's day does not exist, rather than letting the server
 * fail half-way through its start (a deployment that fails leaves Payara running without the
 * portal, and the command waiting).
 */
public class RunPreflight {

  public static void main(String[] arguments) throws IOException {
    int port = Integer.parseInt(arguments[0]);
    Path pidFile = Path.of(arguments[1]);
    Optional<ProcessHandle> running = Files.isRegularFile(pidFile)
        ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).filter(ProcessHandle::isAlive)
            .filter(process -> process.info().command().map(command -> command.contains("java")).orElse(true))
        : Optional.empty();
    if (running.isPresent()) {
      refuse("Outsight already runs on the data directory " + pidFile.getParent() + " as process " + running.get().pid()
          + ". Stop it first (Ctrl-C where it was started, or kill " + running.get().pid() + "), or start with another -Doutsight.data.");
    }
    String day = arguments.length > 2 ? arguments[2].strip() : "";
    if (!day.isEmpty()) {
      try {
        LocalDate.parse(day);
      } catch (DateTimeParseException notADay) {
        refuse("outsight.calendar.today must be a day that exists, written 2028-02-29: " + day + ".");
      }
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (IOException taken) {
      refuse("The port " + port + " is in use by another program. Stop it, or start with another port: -Doutsight.port=9090.");
    }
  }

  private static void refuse(String why) {
    System.err.println();
    System.err.println("Outsight cannot start: " + why);
    System.err.println();
    System.exit(1);
  }
}
