package io.outsight.registry.link;

import io.outsight.registry.notification.LateReportsFound;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds vendors of the reports the scheduled checks found late, each contract's contact once per
 * run with a new upload link; a late period is found once, so it is reminded of once. Off with
 * {@code outsight.vendor-reminders.enabled=false}.
 */
@ApplicationScoped
public class LateReportReminders {

  private static final Logger LOG = Logger.getLogger(LateReportReminders.class.getName());

  @EJB private VendorLinks links;

  @Inject
  @ConfigProperty(name = "outsight.vendor-reminders.enabled", defaultValue = "true")
  boolean enabled;

  void remind(@Observes LateReportsFound found) {
    if (!enabled) {
      return;
    }
    for (Map.Entry<Long, List<String>> late : found.periodsByContract().entrySet()) {
      try {
        links
            .remindOfLateReports(late.getKey(), late.getValue())
            .filter(IssuedLink::mailed)
            .ifPresent(
                issued ->
                    LOG.info(
                        () ->
                            "Reminded "
                                + issued.link().contactEmail()
                                + " of late reports "
                                + late.getValue()
                                + " with link "
                                + issued.link().id()));
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, failed, () -> "No reminder for contract " + late.getKey());
      }
    }
  }
}
