package io.outsight.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application answers at all: a portal that stops answering is restarted. Whether it
 * can serve users (its database) is the readiness check's concern, not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("portal");
  }
}
