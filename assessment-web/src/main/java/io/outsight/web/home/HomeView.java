package io.outsight.web.home;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.concentration.ChannelConcentration;
import io.outsight.core.concentration.ConcentrationLevel;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.report.PortfolioDashboard;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.extension.api.money.Money;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.ledger.LateReport;
import io.outsight.reporting.concentration.BusinessShares;
import io.outsight.reporting.dashboard.Dashboard;
import io.outsight.reporting.dashboard.HomeFigures;
import io.outsight.reporting.settlement.InvoiceCheck;
import io.outsight.web.concentration.ConcentrationWording;
import io.outsight.web.contract.ContractOptions;
import io.outsight.web.faces.ScriptJson;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The home page's figures, and the vendors whose next assessment is overdue. */
@Named
@RequestScoped
public class HomeView {

  @EJB private Dashboard dashboard;

  @Inject private Formats formats;

  @Inject private ContractOptions options;

  private HomeFigures figures;

  /** Each chart once a page: its figures' table reads it again, once per row and column. */
  private String spendChart;

  private String statusChart;

  private String concentrationChart;

  private static final int TOP_VENDORS = 8;

  private static final List<String> VENDOR_COLOURS =
      List.of(
          "#1d3557", "#457b9d", "#e9a400", "#e76f51", "#6d597a", "#b56576", "#355070", "#8d99ae");

  private static final Map<ContractStatus, String> STATUS_COLOURS =
      Map.of(
          ContractStatus.DRAFT,
          "#adb5bd",
          ContractStatus.ACTIVE,
          "#2a9d8f",
          ContractStatus.UNDER_REVIEW,
          "#f4a261",
          ContractStatus.RENEWED,
          "#457b9d",
          ContractStatus.TERMINATED,
          "#e76f51",
          ContractStatus.EXPIRED,
          "#6c757d");

  /** A vendor and how many of its reports are late. */
  public record LateVendor(long vendorId, String vendorName, long lateReports) {}

  /** The registry's figures, asked for once a page. */
  private HomeFigures figures() {
    if (figures == null) {
      figures = dashboard.figures();
    }
    return figures;
  }

  public long getVendorCount() {
    return figures().vendorCount();
  }

  public List<VendorDetails> getOverdueReassessments() {
    return figures().overdueReassessments();
  }

  /** Invoices beyond their contract's tolerance. */
  public List<InvoiceCheck> getInvoicesToCheck() {
    return figures().invoicesToCheck();
  }

  public List<LateReport> getLateReports() {
    return figures().lateReports();
  }

  /** Vendors with late reports, the most late first. */
  public List<LateVendor> getLateVendors() {
    Map<Long, List<LateReport>> byVendor =
        getLateReports().stream().collect(Collectors.groupingBy(LateReport::vendorId));
    return byVendor.values().stream()
        .map(
            reports ->
                new LateVendor(
                    reports.get(0).vendorId(), reports.get(0).vendorName(), reports.size()))
        .sorted(
            Comparator.comparingLong(LateVendor::lateReports)
                .reversed()
                .thenComparing(LateVendor::vendorName))
        .toList();
  }

  public PortfolioDashboard getPortfolio() {
    return figures().portfolio();
  }

  /** Running contracts whose term ends, or whose notice must be given, within the next 90 days. */
  public List<ContractDetails> getUpcoming() {
    return figures().upcoming();
  }

  public String getQuarterSpend() {
    List<Money> spend = getPortfolio().quarterSpend();
    return spend.isEmpty()
        ? formats.number(0)
        : spend.stream().map(formats::money).collect(Collectors.joining(" + "));
  }

  /** Spend per month as bars against the leads and deals that came in, as a Chart.js chart. */
  public String getSpendChart() {
    if (spendChart == null) {
      spendChart = spendChart();
    }
    return spendChart;
  }

  private String spendChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder spend = JSON.createArrayBuilder();
    JsonArrayBuilder leads = JSON.createArrayBuilder();
    JsonArrayBuilder deals = JSON.createArrayBuilder();
    for (PortfolioDashboard.MonthFigures month : getPortfolio().months()) {
      labels.add(formats.period(month.month().toString()));
      spend.add(month.spend().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      add(leads, month.leads());
      add(deals, month.deals());
    }
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                JSON.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("label", Messages.text("home.chart.spend"))
                                    .add("data", spend)
                                    .add("backgroundColor", "#a8dadc")
                                    .add("yAxisID", "spend"))
                            .add(
                                JSON.createObjectBuilder()
                                    .add("type", "line")
                                    .add("label", options.metricName("leads-created"))
                                    .add("data", leads)
                                    .add("borderColor", "#1d3557")
                                    .add("yAxisID", "results"))
                            .add(
                                JSON.createObjectBuilder()
                                    .add("type", "line")
                                    .add("label", options.metricName("deals-closed"))
                                    .add("data", deals)
                                    .add("borderColor", "#e76f51")
                                    .add("yAxisID", "results"))))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add(
                                "spend",
                                JSON.createObjectBuilder()
                                    .add("type", "linear")
                                    .add("position", "left")
                                    .add("beginAtZero", true))
                            .add(
                                "results",
                                JSON.createObjectBuilder()
                                    .add("type", "linear")
                                    .add("position", "right")
                                    .add("beginAtZero", true)
                                    .add(
                                        "grid",
                                        JSON.createObjectBuilder()
                                            .add("drawOnChartArea", false))))));
  }

  /** A month without data is a gap in the line, not a zero. */
  private static void add(JsonArrayBuilder points, BigDecimal value) {
    if (value == null) {
      points.addNull();
    } else {
      points.add(value);
    }
  }

  /** How many contracts are in each state, as a doughnut, each state in its own colour. */
  public String getStatusChart() {
    if (statusChart == null) {
      statusChart = statusChart();
    }
    return statusChart;
  }

  private String statusChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder counts = JSON.createArrayBuilder();
    JsonArrayBuilder colours = JSON.createArrayBuilder();
    figures()
        .contractsByStatus()
        .forEach(
            (status, count) -> {
              labels.add(Messages.text("contract.status." + status));
              counts.add(count);
              colours.add(STATUS_COLOURS.get(status));
            });
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "doughnut")
            .add(
                "data",
                JSON.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("data", counts)
                                    .add("backgroundColor", colours)))));
  }

  /** Every channel's concentration measured against the whole business, over twelve months. */
  public BusinessShares getConcentration() {
    return figures().concentration();
  }

  /** The concentration warnings in sentences, red first, each with its level. */
  public List<Map.Entry<ConcentrationLevel, String>> getConcentrationWarnings() {
    return getConcentration().warnings().stream()
        .map(
            warning ->
                Map.entry(
                    warning.level(),
                    ConcentrationWording.warning(
                        warning, getConcentration().thresholds().exitPlanReviewMonths())))
        .toList();
  }

  /**
   * Each channel's revenue by who brought it, in per cent: our own people and the vendors that
   * bring most, as stacked bars, one a channel.
   */
  public String getConcentrationChart() {
    if (concentrationChart == null) {
      concentrationChart = concentrationChart();
    }
    return concentrationChart;
  }

  private String concentrationChart() {
    List<ChannelConcentration> channels = getConcentration().channels();
    Map<Long, String> vendorNames = new LinkedHashMap<>();
    channels.stream()
        .flatMap(channel -> channel.vendors().stream())
        .sorted(
            Comparator.comparing(
                    (ChannelConcentration.VendorShare share) ->
                        share.share().revenue() == null ? BigDecimal.ZERO : share.share().revenue())
                .reversed())
        .forEach(share -> vendorNames.putIfAbsent(share.vendorId(), share.vendorName()));
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    channels.forEach(channel -> labels.add(ConcentrationWording.channel(channel.channel())));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    datasets.add(
        stack(
            Messages.text("concentration.inHouse"),
            channels.stream().map(channel -> channel.inHouse().revenue()).toList(),
            "#2a9d8f"));
    List<Long> shown = vendorNames.keySet().stream().limit(TOP_VENDORS).toList();
    for (int i = 0; i < shown.size(); i++) {
      long vendorId = shown.get(i);
      datasets.add(
          stack(
              vendorNames.get(vendorId),
              channels.stream()
                  .map(
                      channel ->
                          channel.vendors().stream()
                              .filter(share -> share.vendorId() == vendorId)
                              .map(share -> share.share().revenue())
                              .filter(Objects::nonNull)
                              .reduce(BigDecimal.ZERO, BigDecimal::add))
                  .toList(),
              VENDOR_COLOURS.get(i)));
    }
    if (vendorNames.size() > TOP_VENDORS) {
      // the rest together, so that each channel's bar adds up to all of its revenue
      datasets.add(
          stack(
              Messages.text("concentration.otherVendors"),
              channels.stream()
                  .map(
                      channel ->
                          channel.vendors().stream()
                              .filter(share -> !shown.contains(share.vendorId()))
                              .map(share -> share.share().revenue())
                              .filter(Objects::nonNull)
                              .reduce(BigDecimal.ZERO, BigDecimal::add))
                  .toList(),
              "#adb5bd"));
    }
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add(
                                "x",
                                JSON.createObjectBuilder()
                                    .add("stacked", true)
                                    .add("min", 0)
                                    .add("max", 100))
                            .add("y", JSON.createObjectBuilder().add("stacked", true)))));
  }

  private static JsonObjectBuilder stack(String label, List<BigDecimal> shares, String colour) {
    JsonArrayBuilder values = JSON.createArrayBuilder();
    shares.forEach(share -> values.add(share == null ? BigDecimal.ZERO : share));
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }
}
