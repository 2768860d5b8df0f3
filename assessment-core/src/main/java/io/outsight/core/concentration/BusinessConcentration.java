package io.outsight.core.concentration;

import io.outsight.core.concentration.ChannelConcentration.Share;
import io.outsight.core.concentration.ChannelConcentration.VendorShare;
import io.outsight.core.concentration.ConcentrationWarning.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Each vendor's share of each channel's whole outcome, our own people's included, so that a vendor
 * carrying 5 % of the business is not shown as 100 % of it. The rules:
 *
 * <ul>
 *   <li>A vendor whose share of a channel's revenue or deals is beyond its threshold raises a
 *       warning for each; the exact share is compared, the one shown is rounded to a tenth.
 *   <li>Such a dependency is red unless one of the vendor's contracts in the channel has an exit
 *       plan reviewed within the review interval: on the day the interval began or later.
 *   <li>A channel in which vendors brought something and our own people nothing has no in-house
 *       capacity left: a warning, whatever the shares.
 *   <li>The whole business is measured the same way, over every channel together: a vendor under
 *       the thresholds in each channel may still carry too much of the business.
 * </ul>
 */
public final class BusinessConcentration {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BusinessConcentration() {}

  /**
   * The whole business first ({@code ""}: every channel's results and those no channel was named
   * for, summed), then each named channel by name; names that differ only in case are one channel.
   */
  public static List<ChannelConcentration> of(
      List<ChannelResults> channels, ConcentrationThresholds thresholds, LocalDate today) {
    Map<String, ChannelResults> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    channels.stream()
        .filter(channel -> !channel.channel().isBlank())
        .forEach(
            channel ->
                named.merge(channel.channel().strip(), channel, BusinessConcentration::merged));
    ChannelResults whole =
        channels.stream()
            .reduce(
                new ChannelResults("", ChannelOutcome.NONE, List.of()),
                BusinessConcentration::merged);
    List<ChannelConcentration> concentrations = new ArrayList<>();
    concentrations.add(
        of(new ChannelResults("", whole.inHouse(), whole.vendors()), thresholds, today));
    named.values().forEach(channel -> concentrations.add(of(channel, thresholds, today)));
    return concentrations;
  }

  /** Two channels' results as one, under the first's name; each vendor's outcomes added up. */
  private static ChannelResults merged(ChannelResults first, ChannelResults second) {
    Map<Long, ChannelResults.Vendor> vendors = new LinkedHashMap<>();
    for (ChannelResults.Vendor vendor :
        Stream.concat(first.vendors().stream(), second.vendors().stream()).toList()) {
      vendors.merge(
          vendor.vendorId(),
          vendor,
          (a, b) ->
              new ChannelResults.Vendor(
                  a.vendorId(),
                  a.vendorName(),
                  a.outcome().plus(b.outcome()),
                  latest(a.exitPlanReviewedOn(), b.exitPlanReviewedOn())));
    }
    return new ChannelResults(
        first.channel(), first.inHouse().plus(second.inHouse()), List.copyOf(vendors.values()));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  static ChannelConcentration of(
      ChannelResults results, ConcentrationThresholds thresholds, LocalDate today) {
    ChannelOutcome outsourced =
        results.vendors().stream()
            .map(ChannelResults.Vendor::outcome)
            .reduce(ChannelOutcome.NONE, ChannelOutcome::plus);
    ChannelOutcome total = outsourced.plus(results.inHouse());
    List<ConcentrationWarning> warnings = new ArrayList<>();
    List<VendorShare> vendors = new ArrayList<>();
    for (ChannelResults.Vendor vendor :
        results.vendors().stream()
            .sorted(
                Comparator.comparing((ChannelResults.Vendor v) -> v.outcome().revenue())
                    .reversed()
                    .thenComparing(ChannelResults.Vendor::vendorName))
            .toList()) {
      List<ConcentrationWarning> raised = new ArrayList<>();
      beyond(vendor, total, ChannelOutcome::revenue, thresholds.revenuePercent())
          .ifPresent(
              share ->
                  raised.add(
                      warning(
                          Kind.REVENUE_SHARE,
                          results,
                          vendor,
                          share,
                          thresholds.revenuePercent(),
                          ConcentrationLevel.WARNING)));
      beyond(vendor, total, ChannelOutcome::deals, thresholds.dealsPercent())
          .ifPresent(
              share ->
                  raised.add(
                      warning(
                          Kind.DEALS_SHARE,
                          results,
                          vendor,
                          share,
                          thresholds.dealsPercent(),
                          ConcentrationLevel.WARNING)));
      ConcentrationLevel level =
          raised.isEmpty() ? ConcentrationLevel.OK : ConcentrationLevel.WARNING;
      if (!raised.isEmpty() && !thresholds.reviewedInTime(vendor.exitPlanReviewedOn(), today)) {
        raised.add(
            warning(
                Kind.NO_REVIEWED_EXIT_PLAN, results, vendor, null, null, ConcentrationLevel.RED));
        level = ConcentrationLevel.RED;
      }
      warnings.addAll(raised);
      vendors.add(
          new VendorShare(
              vendor.vendorId(), vendor.vendorName(), share(vendor.outcome(), total), level));
    }
    if (!outsourced.isEmpty() && results.inHouse().isEmpty()) {
      warnings.add(
          new ConcentrationWarning(
              Kind.NO_IN_HOUSE_CAPACITY,
              results.channel(),
              null,
              null,
              null,
              null,
              ConcentrationLevel.WARNING));
    }
    return new ChannelConcentration(
        results.channel(), total, share(results.inHouse(), total), vendors, warnings);
  }

  /** The vendor's share of the metric, when beyond the threshold. */
  private static Optional<BigDecimal> beyond(
      ChannelResults.Vendor vendor,
      ChannelOutcome total,
      Function<ChannelOutcome, BigDecimal> metric,
      BigDecimal threshold) {
    BigDecimal whole = metric.apply(total);
    BigDecimal part = metric.apply(vendor.outcome());
    return whole.signum() > 0 && part.multiply(HUNDRED).compareTo(threshold.multiply(whole)) > 0
        ? Optional.of(percent(part, whole))
        : Optional.empty();
  }

  private static ConcentrationWarning warning(
      Kind kind,
      ChannelResults channel,
      ChannelResults.Vendor vendor,
      BigDecimal share,
      BigDecimal threshold,
      ConcentrationLevel level) {
    return new ConcentrationWarning(
        kind, channel.channel(), vendor.vendorId(), vendor.vendorName(), share, threshold, level);
  }

  private static Share share(ChannelOutcome part, ChannelOutcome whole) {
    return new Share(
        percent(part.leads(), whole.leads()),
        percent(part.deals(), whole.deals()),
        percent(part.revenue(), whole.revenue()));
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
