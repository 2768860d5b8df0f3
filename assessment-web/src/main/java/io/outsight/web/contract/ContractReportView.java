package io.outsight.web.contract;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.Recommendation.Reason;
import io.outsight.extension.api.report.ScenarioExpectation;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.contract.ReportFiles;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.web.costmodel.ScenarioWording;
import io.outsight.web.faces.Downloads;
import io.outsight.web.faces.Pages;
import io.outsight.web.faces.ScriptJson;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contract's success report over a range of its ended periods: the last twelve at first, any
 * range the user picks afterwards. Downloads are of the report shown.
 */
@Named
@ViewScoped
public class ContractReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_PERIODS = 12;

  private static final List<String> COLOURS =
      List.of("#1d3557", "#2a9d8f", "#e76f51", "#8d5fd3", "#f4a261", "#457b9d");

  @EJB private Contracts contracts;

  @EJB private SuccessReports reports;

  @EJB private ReportFiles files;

  @Inject private ContractOptions options;

  @Inject private InstalledMetrics installed;

  @Inject private Formats formats;

  private ContractDetails contract;

  private List<String> periods;

  private String from;

  private String to;

  private ContractReport report;

  /**
   * The report's chart, made once a report: its figures' table reads it once per row and column.
   */
  private String chart;

  private Period shownFrom;

  private Period shownTo;

  private List<String> exportFormats;

  private final Map<String, List<Parameter>> formatOptions = new HashMap<>();

  private final Map<String, Map<String, BigDecimal>> chosen = new HashMap<>();

  @EJB private LedgerReads ledger;

  @PostConstruct
  void load() {
    Pages.show(contracts::details)
        .ifPresent(
            found -> {
              contract = found;
              periods =
                  ledger.reportablePeriods(found.id()).stream().map(Period::toString).toList();
              if (!periods.isEmpty()) {
                to = periods.get(periods.size() - 1);
                from = periods.get(Math.max(0, periods.size() - DEFAULT_PERIODS));
                show();
              }
            });
  }

  /**
   * Shows the report over the periods picked, the earlier first whichever way round they were
   * picked.
   */
  public void show() {
    Period first = Period.parse(from);
    Period last = Period.parse(to);
    shownFrom = first.compareTo(last) <= 0 ? first : last;
    shownTo = first.compareTo(last) <= 0 ? last : first;
    report = reports.report(contract.id(), shownFrom, shownTo);
    chart = null;
  }

  /**
   * A reason for the recommendation in words, with metrics, periods and lights named in the user's
   * language.
   */
  public String reason(Reason reason) {
    return wording().reason(reason);
  }

  /** The linked scenario and its revision, as its heading names it. */
  public String scenarioTitle(ScenarioExpectation expected) {
    return ScenarioWording.title(expected.scenarioName(), expected.revision());
  }

  /** Where the scenario expected the contract's option and in-house to change places, in words. */
  public String crossover(ScenarioExpectation expected) {
    return ScenarioWording.crossover(expected.leaderAtHorizon(), expected.crossoverMonth());
  }

  private ReportWording wording() {
    return new ReportWording(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(), installed.catalogue());
  }

  /**
   * The formats installed when the page was opened: two lists on the page ask for them, each
   * several times.
   */
  public List<String> getFormats() {
    if (exportFormats == null) {
      exportFormats = files.formats();
    }
    return exportFormats;
  }

  /** The options a format takes, asked for beside the download buttons. */
  public List<Parameter> getOptions(String format) {
    chosen.computeIfAbsent(format, none -> new HashMap<>());
    return formatOptions.computeIfAbsent(format, files::optionsOf);
  }

  /** The values typed for each format's options, by format and key. */
  public Map<String, Map<String, BigDecimal>> getChosen() {
    return chosen;
  }

  /** The values typed for a format's options; one left empty takes its default. */
  private Map<String, BigDecimal> optionsOf(String format) {
    Map<String, BigDecimal> values = new HashMap<>(chosen.getOrDefault(format, Map.of()));
    values.values().removeIf(Objects::isNull);
    return values;
  }

  /**
   * Writes the report shown, over the periods shown, in {@code format} as a download; the file is
   * registered with its digest first.
   */
  public void download(String format) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ReportFiles.File file;
    try {
      file =
          files.export(
              contract.id(),
              shownFrom,
              shownTo,
              format,
              optionsOf(format),
              wording(),
              faces.getViewRoot().getLocale().getLanguage(),
              RequestingClient.page());
    } catch (Refused refused) {
      faces.addMessage(null, options.refusal(refused, getOptions(format)));
      return;
    }
    Downloads.send(
        file.name(),
        file.mediaType(),
        Map.of("X-Content-SHA256", file.sha256()),
        out -> out.write(file.content()));
  }

  public String statusClass(KpiStatus status) {
    return "os-status-" + status.name();
  }

  /**
   * Attainment of each targeted metric per period as a Chart.js line chart, against the 100 % line.
   */
  public String getChart() {
    if (chart == null) {
      chart = chart();
    }
    return chart;
  }

  private String chart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    report.spend().forEach(spend -> labels.add(formats.period(spend.period().toString())));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (int i = 0; i < report.metrics().size(); i++) {
      MetricLine line = report.metrics().get(i);
      JsonArrayBuilder points = JSON.createArrayBuilder();
      for (MetricPeriod period : line.periods()) {
        if (period.attainment() == null) {
          points.addNull();
        } else {
          points.add(period.attainment());
        }
      }
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", options.metricName(line.metricId()))
              .add("data", points)
              .add("borderColor", COLOURS.get(i % COLOURS.size()))
              .add("spanGaps", false)
              .add("tension", 0.2));
    }
    JsonArrayBuilder target = JSON.createArrayBuilder();
    report.spend().forEach(spend -> target.add(BigDecimal.valueOf(100)));
    datasets.add(
        JSON.createObjectBuilder()
            .add("label", Messages.text("report.targetLine"))
            .add("data", target)
            .add("borderColor", "#adb5bd")
            .add("borderDash", JSON.createArrayBuilder().add(6).add(4))
            .add("pointRadius", 0));
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "line")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add(
                                "y",
                                JSON.createObjectBuilder()
                                    .add("beginAtZero", true)
                                    .add(
                                        "title",
                                        JSON.createObjectBuilder()
                                            .add("display", true)
                                            .add("text", Messages.text("report.attainment")))))));
  }

  public ContractDetails getContract() {
    return contract;
  }

  public ContractReport getReport() {
    return report;
  }

  public List<String> getPeriods() {
    return periods;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
