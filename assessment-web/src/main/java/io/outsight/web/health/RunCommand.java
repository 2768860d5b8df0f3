package io.outsight.web.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal as the README's run command starts it ({@code outsight.run-command.pid-file} set): a
 * server that lives as long as the command. Maven starts Payara as a child process, and a Maven
 * stopped by {@code kill} from another shell leaves its children behind; so the portal watches the
 * process that started it and shuts down when it ends. It writes its process id into the data
 * directory while it runs, so that a second start on the same data is told at once
 * (src/main/payara/RunPreflight.java) instead of failing on the locked database later.
 */
@ApplicationScoped
public class RunCommand {

  private static final Logger LOG = Logger.getLogger(RunCommand.class.getName());

  @Inject
  @ConfigProperty(name = "outsight.run-command.pid-file")
  Optional<String> pidFile;

  void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
    pidFile
        .map(Path::of)
        .ifPresent(
            file -> {
              try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, String.valueOf(ProcessHandle.current().pid()));
              } catch (IOException unwritable) {
                throw new UncheckedIOException(
                    "the run command's process file " + file + " cannot be written", unwritable);
              }
              ProcessHandle.current()
                  .parent()
                  .ifPresent(
                      command ->
                          command
                              .onExit()
                              .thenRun(
                                  () -> {
                                    LOG.info("The run command stopped: Outsight stops too");
                                    System.exit(0);
                                  }));
            });
  }

  @PreDestroy
  void stopped() {
    pidFile
        .map(Path::of)
        .ifPresent(
            file -> {
              try {
                Files.deleteIfExists(file);
              } catch (IOException kept) {
                LOG.warning(
                    () ->
                        "The run command's process file "
                            + file
                            + " could not be removed: "
                            + kept);
              }
            });
  }
}
