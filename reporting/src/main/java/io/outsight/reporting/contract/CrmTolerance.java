package io.outsight.reporting.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How far a vendor's figure may differ from our CRM's count, in per cent, before it is flagged. */
@ApplicationScoped
public class CrmTolerance {

  @Inject
  @ConfigProperty(name = "outsight.crm.tolerance-percent", defaultValue = "5")
  BigDecimal percent;

  public BigDecimal percent() {
    return percent;
  }
}
