package io.outsight.registry.profile;

import java.util.Optional;
import java.util.Set;

/**
 * The MicroProfile Config profiles ({@code mp.config.profile}) under which the portal is tried
 * rather than run for real: {@code demo}, set by the README's run command, and {@code test}, set by
 * the container tests. Only there may it start on another day or make an audit key of its own; a
 * production start does neither by accident.
 */
public final class TrialProfiles {

  private static final Set<String> TRIAL = Set.of("demo", "test");

  private TrialProfiles() {}

  /** Whether this start's profile, if it has one, is a trial's. */
  public static boolean include(Optional<String> profile) {
    return profile.filter(TRIAL::contains).isPresent();
  }
}
