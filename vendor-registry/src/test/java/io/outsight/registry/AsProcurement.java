package io.outsight.registry;

import io.outsight.core.access.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test code as a caller in the PROCUREMENT role, as a signed-in user's request reaches a
 * boundary.
 */
@Stateless
@RunAs(Roles.PROCUREMENT)
@PermitAll
public class AsProcurement {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
