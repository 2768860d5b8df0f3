package io.outsight.reporting.concentration;

import io.outsight.core.concentration.ChannelConcentration;
import io.outsight.core.concentration.ConcentrationWarning;
import io.outsight.extension.api.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The concentration in the reader's words: a channel's name, a warning in a sentence, and the
 * section of the portfolio export that lists each channel's shares, our own people first, with the
 * warnings beside whom they concern.
 */
public final class ConcentrationSection {

  private static final List<String> COLUMNS =
      List.of(
          "concentration.channel",
          "export.broughtBy",
          "concentration.share.leads",
          "concentration.share.deals",
          "concentration.share.revenue",
          "concentration.level",
          "concentration.warnings");

  private ConcentrationSection() {}

  /** The channel's name; the whole business when none is named. */
  public static String channel(ReportDocument.Labels words, String channel) {
    return channel == null || channel.isEmpty()
        ? words.text("concentration.wholeBusiness")
        : channel;
  }

  /** The warning in a sentence, with its channel, vendor, share and threshold. */
  public static String warning(
      ReportDocument.Labels words, ConcentrationWarning warning, int exitPlanReviewMonths) {
    return words.text(
        "concentration.warning." + warning.kind(),
        channel(words, warning.channel()),
        warning.vendorName(),
        warning.share(),
        warning.threshold() == null ? exitPlanReviewMonths : warning.threshold());
  }

  public static List<String> headings(ReportDocument.Labels words) {
    return COLUMNS.stream().map(key -> words.text(key)).toList();
  }

  /** A row for our own people and one for each vendor, channel by channel. */
  public static List<List<Object>> rows(BusinessShares shares, ReportDocument.Labels words) {
    int months = shares.thresholds().exitPlanReviewMonths();
    List<List<Object>> rows = new ArrayList<>();
    for (ChannelConcentration channel : shares.channels()) {
      String name = channel(words, channel.channel());
      rows.add(
          row(
              name,
              words.text("concentration.inHouse"),
              channel.inHouse(),
              null,
              warnings(words, channel, null, months)));
      for (ChannelConcentration.VendorShare vendor : channel.vendors()) {
        rows.add(
            row(
                name,
                vendor.vendorName(),
                vendor.share(),
                words.text("concentration.level." + vendor.level()),
                warnings(words, channel, vendor.vendorId(), months)));
      }
    }
    return rows;
  }

  private static List<Object> row(
      String channel,
      String broughtBy,
      ChannelConcentration.Share share,
      String level,
      String warnings) {
    List<Object> row = new ArrayList<>();
    row.add(channel);
    row.add(broughtBy);
    row.add(share.leads());
    row.add(share.deals());
    row.add(share.revenue());
    row.add(level);
    row.add(warnings);
    return row;
  }

  /** The channel's warnings about this vendor, or with none, about the channel itself. */
  private static String warnings(
      ReportDocument.Labels words, ChannelConcentration channel, Long vendorId, int months) {
    return channel.warnings().stream()
        .filter(warning -> Objects.equals(warning.vendorId(), vendorId))
        .map(warning -> warning(words, warning, months))
        .collect(Collectors.joining(" "));
  }
}
