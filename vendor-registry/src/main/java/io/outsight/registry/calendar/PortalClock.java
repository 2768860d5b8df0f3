package io.outsight.registry.calendar;

import io.outsight.registry.profile.TrialProfiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today and now, for the whole portal. In production this is the system's clock. A test or a demo
 * may start the portal on another day ({@value #TODAY}), so that month ends, leap days and notice
 * periods can be tried on any real day; that key is honoured only under the MicroProfile Config
 * profile {@code test} or {@code demo}, so a production start never moves its calendar by accident.
 * The chosen day starts at noon and time runs on from there, so time stamps keep their order.
 */
@ApplicationScoped
public class PortalClock {

  /** The configuration key naming the day the portal starts on, as 2028-02-29. */
  public static final String TODAY = "outsight.calendar.today";

  private static final Logger LOG = Logger.getLogger(PortalClock.class.getName());

  @Inject
  @ConfigProperty(name = "mp.config.profile")
  Optional<String> profile;

  @Inject
  @ConfigProperty(name = TODAY)
  Optional<String> day;

  private Clock clock;

  @PostConstruct
  void choose() {
    clock = chosen(profile, day, Clock.systemDefaultZone());
  }

  /**
   * The system clock, or one moved to the configured day when the profile allows it.
   *
   * @throws IllegalArgumentException when an allowed profile names a day that does not exist, so
   *     that a test run on 2027-02-29 fails at start instead of running on the real day
   */
  static Clock chosen(Optional<String> profile, Optional<String> day, Clock system) {
    Optional<String> configured = day.map(String::strip).filter(text -> !text.isEmpty());
    if (configured.isEmpty()) {
      return system;
    }
    if (!TrialProfiles.include(profile)) {
      LOG.severe(
          () ->
              TODAY
                  + "="
                  + configured.get()
                  + " is ignored: it is honoured only under the configuration profile "
                  + "test or demo (mp.config.profile), and this start has "
                  + profile.orElse("none"));
      return system;
    }
    LocalDate today;
    try {
      today = LocalDate.parse(configured.get());
    } catch (DateTimeParseException notADay) {
      throw new IllegalArgumentException(
          TODAY + " must be a day that exists, written 2028-02-29: " + configured.get(), notADay);
    }
    Instant noon = today.atTime(LocalTime.NOON).atZone(system.getZone()).toInstant();
    LOG.warning(
        () ->
            "The portal's calendar starts on "
                + today
                + " ("
                + TODAY
                + ", profile "
                + profile.get()
                + "), not on the real day");
    return Clock.offset(system, Duration.between(system.instant(), noon));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public YearMonth thisMonth() {
    return YearMonth.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  /** The day an instant falls on in the portal's zone. */
  public LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, clock.getZone());
  }
}
