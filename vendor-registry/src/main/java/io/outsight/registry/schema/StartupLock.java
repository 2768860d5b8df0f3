package io.outsight.registry.schema;

import jakarta.persistence.EntityManager;

/**
 * Makes a job run at startup wait for the same job on any other instance of the cluster: the
 * database holds the lock until the caller's transaction ends, so the job's check of whether its
 * work is done and the work itself happen once per cluster, not once per instance.
 */
public final class StartupLock {

  private StartupLock() {}

  /** Takes the lock for the rest of the current transaction. */
  public static void hold(EntityManager em) {
    em.createNativeQuery("select name from startup_lock where name = 'startup' for update")
        .getSingleResult();
  }
}
