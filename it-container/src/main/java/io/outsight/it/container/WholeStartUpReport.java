package io.outsight.it.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro, started until the connector has read its whole start-up report.
 *
 * <p>The connector copies the server's console every 200 ms while a reader appends it line by line,
 * and takes the report as read once its third line (the HTTPS ports) is there. A copy taken before
 * the list of deployed applications is whole names no servlet at all, and every test of the class
 * run in the server then fails with "ArquillianServletRunnerEE9 not found" (CI, 2026-12-04, a busy
 * machine). The report cannot be read again, so such a start is stopped and made afresh: a restart
 * costs one start in the rare case instead of a red build. (A deployment the tests only call from
 * outside, testable = false, has servlets but no test runner, and is taken as it is.)
 */
public class WholeStartUpReport extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(WholeStartUpReport.class.getName());
  static final int STARTS = 3;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    for (int start = 1; ; start++) {
      List<ProcessHandle> before = ProcessHandle.current().children().toList();
      ProtocolMetaData deployed = super.deploy(archive);
      if (deployed == null || namesServlets(deployed) || start == STARTS) {
        return deployed;
      }
      LOG.warning(
          "Payara Micro's start-up report was read before it named the application's servlets (start "
              + start
              + " of "
              + STARTS
              + "); starting again");
      List<ProcessHandle> started =
          ProcessHandle.current().children().filter(child -> !before.contains(child)).toList();
      undeploy(archive);
      started.forEach(WholeStartUpReport::awaitEnd);
    }
  }

  static boolean namesServlets(ProtocolMetaData deployed) {
    return deployed.getContexts(HTTPContext.class).stream()
        .anyMatch(context -> !context.getServlets().isEmpty());
  }

  /**
   * The connector only asks the server to stop; the next start must not find it still holding its
   * port or a database file.
   */
  private static void awaitEnd(ProcessHandle server) {
    try {
      server.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException stillRunning) {
      server.destroyForcibly();
    } catch (ExecutionException impossible) {
      throw new IllegalStateException(impossible);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
