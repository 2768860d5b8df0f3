package io.outsight.reporting.concentration;

import io.outsight.core.concentration.ConcentrationThresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a vendor carries too much of a channel, as the portal is configured: {@code
 * outsight.concentration.revenue-percent} (30), {@code outsight.concentration.deals-percent} (50)
 * and {@code outsight.concentration.exit-plan-review-months} (12); and the currency our own revenue
 * is kept in, {@code outsight.concentration.currency} (EUR): revenue of contracts in another
 * currency is left out of revenue shares, their leads and deals still count.
 */
@ApplicationScoped
public class ConcentrationSettings {

  @Inject
  @ConfigProperty(name = "outsight.concentration.revenue-percent", defaultValue = "30")
  BigDecimal revenuePercent;

  @Inject
  @ConfigProperty(name = "outsight.concentration.deals-percent", defaultValue = "50")
  BigDecimal dealsPercent;

  @Inject
  @ConfigProperty(name = "outsight.concentration.exit-plan-review-months", defaultValue = "12")
  int exitPlanReviewMonths;

  @Inject
  @ConfigProperty(name = "outsight.concentration.currency", defaultValue = "EUR")
  String currency;

  public String currency() {
    return currency;
  }

  public ConcentrationThresholds thresholds() {
    return new ConcentrationThresholds(revenuePercent, dealsPercent, exitPlanReviewMonths);
  }
}
