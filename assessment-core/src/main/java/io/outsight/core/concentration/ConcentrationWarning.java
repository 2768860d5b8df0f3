package io.outsight.core.concentration;

import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a channel is concentrated: a vendor's share of its revenue or deals beyond the threshold, a
 * dependency on a vendor whose exit plan was not reviewed within the review interval (red), or no
 * results of our own people left in the channel. The vendor, share and threshold are null where
 * they do not apply.
 */
public record ConcentrationWarning(
    Kind kind,
    String channel,
    Long vendorId,
    String vendorName,
    BigDecimal share,
    BigDecimal threshold,
    ConcentrationLevel level)
    implements Serializable {

  @Schema(name = "ConcentrationWarningKind")
  public enum Kind {
    REVENUE_SHARE,
    DEALS_SHARE,
    NO_REVIEWED_EXIT_PLAN,
    NO_IN_HOUSE_CAPACITY
  }
}
