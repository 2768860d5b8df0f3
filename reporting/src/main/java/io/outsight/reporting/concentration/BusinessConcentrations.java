package io.outsight.reporting.concentration;

import io.outsight.core.access.Roles;
import io.outsight.core.concentration.BusinessConcentration;
import io.outsight.core.concentration.ChannelOutcome;
import io.outsight.core.concentration.ChannelResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.registry.calendar.PortalClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each vendor's share of each channel's whole outcome over a range of months, by default the last
 * twelve that ended: our own people's results beside the current values of every contract's periods
 * that began in those months, contracts grouped by the channel they sell in.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class BusinessConcentrations {

  static final int MONTHS = 12;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @Inject private ConcentrationSettings settings;

  /** A vendor's results in a channel, by metric, being summed. */
  private record VendorKey(String channel, long vendorId) {}

  /** Over the twelve months up to the last that ended. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public BusinessShares current() {
    YearMonth to = YearMonth.from(clock.today()).minusMonths(1);
    return over(to.minusMonths(MONTHS - 1), to);
  }

  /** Over the months from {@code from} to {@code to}, as a portfolio export covers them. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public BusinessShares over(YearMonth from, YearMonth to) {
    LocalDate today = clock.today();
    Map<String, Map<String, BigDecimal>> inHouse = new TreeMap<>();
    em.createQuery(
            "select r.channel, r.metricId, sum(r.value) from InHouseResult r"
                + " where r.monthStart between :from and :to group by r.channel, r.metricId",
            Object[].class)
        .setParameter("from", from.atDay(1))
        .setParameter("to", to.atDay(1))
        .getResultStream()
        .forEach(
            row ->
                inHouse
                    .computeIfAbsent((String) row[0], channel -> new HashMap<>())
                    .put((String) row[1], (BigDecimal) row[2]));
    Map<VendorKey, Map<String, BigDecimal>> vendors = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    em.createQuery(
            "select c.channel, c.vendorId, v.name, r.metric, sum(r.value)"
                + " from MetricResult r, Contract c, Vendor v"
                + " where c.id = r.contractId and v.id = c.vendorId and r.supersededBy is null"
                + " and r.periodStart between :from and :to and r.metric in :metrics"
                + " and (r.metric <> :revenue or c.currency = :currency)"
                + " group by c.channel, c.vendorId, v.name, r.metric",
            Object[].class)
        .setParameter("revenue", ReportedMetric.REVENUE.id())
        .setParameter("currency", settings.currency())
        .setParameter("from", from.atDay(1))
        .setParameter("to", to.atDay(1))
        .setParameter("metrics", ChannelOutcome.METRICS)
        .getResultStream()
        .forEach(
            row -> {
              long vendorId = ((Number) row[1]).longValue();
              names.put(vendorId, (String) row[2]);
              vendors
                  .computeIfAbsent(new VendorKey(channel(row[0]), vendorId), key -> new HashMap<>())
                  .merge((String) row[3], (BigDecimal) row[4], BigDecimal::add);
            });
    Map<VendorKey, LocalDate> reviewed = new HashMap<>();
    em.createQuery(
            "select c.channel, c.vendorId, max(c.exitPlanReviewedOn) from Contract c"
                + " where c.exitPlan = true and c.exitPlanReviewedOn is not null"
                + " group by c.channel, c.vendorId",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                reviewed.put(
                    new VendorKey(channel(row[0]), ((Number) row[1]).longValue()),
                    (LocalDate) row[2]));
    Map<String, List<ChannelResults.Vendor>> byChannel = new TreeMap<>();
    inHouse.keySet().forEach(channel -> byChannel.put(channel, new ArrayList<>()));
    vendors.forEach(
        (key, values) ->
            byChannel
                .computeIfAbsent(key.channel(), channel -> new ArrayList<>())
                .add(
                    new ChannelResults.Vendor(
                        key.vendorId(),
                        names.get(key.vendorId()),
                        ChannelOutcome.of(values),
                        reviewed.get(key))));
    List<ChannelResults> channels = new ArrayList<>();
    byChannel.forEach(
        (channel, inChannel) ->
            channels.add(
                new ChannelResults(
                    channel,
                    ChannelOutcome.of(inHouse.getOrDefault(channel, Map.of())),
                    inChannel)));
    return new BusinessShares(
        from,
        to,
        settings.thresholds(),
        BusinessConcentration.of(channels, settings.thresholds(), today));
  }

  private static String channel(Object channel) {
    return channel == null ? "" : (String) channel;
  }
}
