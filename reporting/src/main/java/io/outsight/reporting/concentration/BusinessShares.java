package io.outsight.reporting.concentration;

import io.outsight.core.concentration.ChannelConcentration;
import io.outsight.core.concentration.ConcentrationThresholds;
import io.outsight.core.concentration.ConcentrationWarning;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Every channel's concentration over the twelve months up to the last that ended, with the
 * thresholds it was measured against.
 */
public record BusinessShares(
    YearMonth from,
    YearMonth to,
    ConcentrationThresholds thresholds,
    List<ChannelConcentration> channels)
    implements Serializable {

  public BusinessShares {
    channels = List.copyOf(channels);
  }

  /** Every channel's warnings, red first. */
  public List<ConcentrationWarning> warnings() {
    return channels.stream()
        .flatMap(channel -> channel.warnings().stream())
        .sorted((a, b) -> b.level().compareTo(a.level()))
        .toList();
  }

  /** A vendor's shares, channel by channel. */
  public List<VendorInChannel> ofVendor(long vendorId) {
    return channels.stream()
        .flatMap(
            channel ->
                channel.vendors().stream()
                    .filter(share -> share.vendorId() == vendorId)
                    .map(share -> new VendorInChannel(channel.channel(), share)))
        .toList();
  }

  /** A vendor's shares in one channel. */
  public record VendorInChannel(String channel, ChannelConcentration.VendorShare share)
      implements Serializable {}
}
