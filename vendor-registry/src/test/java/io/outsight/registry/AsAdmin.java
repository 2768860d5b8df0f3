package io.outsight.registry;

import io.outsight.core.access.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test code as a caller in the ADMIN role, as a signed-in user's request reaches a boundary.
 */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
public class AsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
