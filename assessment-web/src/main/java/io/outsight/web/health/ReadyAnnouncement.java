package io.outsight.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whoever started the portal where to open it. Payara lists the machine's network addresses;
 * the run command knows the address a user types, and passes it as {@code outsight.url}.
 */
@ApplicationScoped
public class ReadyAnnouncement {

  private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

  @Inject
  @ConfigProperty(name = "outsight.url")
  private Optional<String> url;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    url.ifPresent(
        address -> LOG.info(() -> "Outsight is ready: open " + address + " (Ctrl-C stops it)"));
  }
}
