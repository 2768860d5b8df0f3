package io.outsight.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instance's turns for pages ({@link PageAdmission}): {@code outsight.pages.concurrent}, twice
 * the processors unless configured. Counted as the application starts, so that a count below one
 * stops the start with the key's name rather than failing every page.
 */
@ApplicationScoped
public class PageTurns {

  /** How long a page waits for its turn before it is answered 503. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  @Inject
  @ConfigProperty(name = "outsight.pages.concurrent")
  Optional<Integer> concurrent;

  private Turns turns;

  @PostConstruct
  void count() {
    try {
      turns =
          new Turns(
              concurrent.orElse(2 * Runtime.getRuntime().availableProcessors()), LONGEST_WAIT);
    } catch (IllegalArgumentException misconfigured) {
      throw new IllegalStateException(
          "outsight.pages.concurrent: " + misconfigured.getMessage(), misconfigured);
    }
  }

  void countAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // the turns are counted by creating this bean: nothing more to do
  }

  /** Waits for a turn; empty when none came within {@link #LONGEST_WAIT}. */
  Optional<Turns.Turn> take() throws InterruptedException {
    return turns.take();
  }
}
