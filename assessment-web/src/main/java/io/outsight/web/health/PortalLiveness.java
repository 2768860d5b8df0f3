package io.outsight.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application answers at all; the heap in use is reported beside it so that an
 * operator sees memory pressure before it becomes an outage.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return HealthCheckResponse.named("portal")
        .up()
        .withData("heapUsedMegabytes", heap.getUsed() >> 20)
        .withData("heapMaxMegabytes", heap.getMax() >> 20)
        .build();
  }
}
