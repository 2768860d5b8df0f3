package io.outsight.core.concentration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a channel (or a segment) of the business brought over a range: our own people's outcome and
 * each vendor's. The whole business without a channel named is the channel {@code ""}.
 */
public record ChannelResults(String channel, ChannelOutcome inHouse, List<Vendor> vendors)
    implements Serializable {

  /**
   * A vendor's outcome in the channel over its contracts there, and the latest day one of them had
   * its exit plan reviewed; null when none has an exit plan or it was never reviewed.
   */
  public record Vendor(
      long vendorId, String vendorName, ChannelOutcome outcome, LocalDate exitPlanReviewedOn)
      implements Serializable {}

  public ChannelResults {
    channel = channel == null ? "" : channel;
    vendors = List.copyOf(vendors);
  }
}
