package io.outsight.core.concentration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A channel's concentration: its whole outcome, our own people's share of its revenue and deals,
 * each vendor's shares, and the warnings they raise. Shares are per cent with one decimal, null
 * where the channel brought none of that metric.
 */
public record ChannelConcentration(
    String channel,
    ChannelOutcome total,
    Share inHouse,
    List<VendorShare> vendors,
    List<ConcentrationWarning> warnings)
    implements Serializable {

  /** Shares of the channel's leads, deals and revenue. */
  public record Share(BigDecimal leads, BigDecimal deals, BigDecimal revenue)
      implements Serializable {}

  /** A vendor's shares in the channel, and how it stands. */
  public record VendorShare(long vendorId, String vendorName, Share share, ConcentrationLevel level)
      implements Serializable {}

  public ChannelConcentration {
    vendors = List.copyOf(vendors);
    warnings = List.copyOf(warnings);
  }

  /** The worst of its warnings. */
  public ConcentrationLevel level() {
    return warnings.stream()
        .map(ConcentrationWarning::level)
        .max(Comparator.naturalOrder())
        .orElse(ConcentrationLevel.OK);
  }
}
