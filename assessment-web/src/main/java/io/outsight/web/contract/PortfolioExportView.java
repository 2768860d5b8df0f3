package io.outsight.web.contract;

import io.outsight.extension.api.metric.Period;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.reporting.portfolio.PortfolioExport;
import io.outsight.reporting.portfolio.PortfolioPreparation;
import io.outsight.reporting.portfolio.PortfolioPreparations;
import io.outsight.web.faces.Downloads;
import io.outsight.web.i18n.Messages;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every contract's ledger values, or every contract's payouts line by line, for a range of months,
 * as CSV or XLSX. The file is written in the background while the page shows how far it is; then it
 * waits, for an hour, for its owner to download it, also if they left the page and came back.
 */
@Named
@ViewScoped
public class PortfolioExportView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int MONTHS_OFFERED = 60;

  @EJB private PortfolioPreparations preparations;

  @Inject private InstalledMetrics installed;

  @Inject private PortalClock clock;

  private String from;

  private String to;

  private String preparationId;

  private List<SelectItem> months;

  private PortfolioExport.Content content = PortfolioExport.Content.LEDGER;

  @PostConstruct
  void init() {
    from = clock.thisMonth().minusMonths(11).toString();
    to = clock.thisMonth().toString();
    preparationId = preparations.latest().map(PortfolioPreparation::id).orElse(null);
  }

  /**
   * The months an export can start or end in, newest first, named in the page's language; made once
   * a page, for both lists.
   */
  public List<SelectItem> getMonths() {
    if (months == null) {
      YearMonth now = clock.thisMonth();
      ReportWording wording =
          new ReportWording(FacesContext.getCurrentInstance().getViewRoot().getLocale(), null);
      months =
          IntStream.range(0, MONTHS_OFFERED)
              .mapToObj(back -> now.minusMonths(back))
              .map(month -> Period.month(month.getYear(), month.getMonthValue()))
              .map(month -> new SelectItem(month.toString(), wording.period(month)))
              .toList();
    }
    return months;
  }

  /** Starts writing the export of the months chosen, in the page's language. */
  public void prepare(String format) {
    YearMonth first = YearMonth.parse(from);
    YearMonth last = YearMonth.parse(to);
    if (last.isBefore(first)) {
      YearMonth swap = first;
      first = last;
      last = swap;
    }
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ReportWording words = new ReportWording(language, installed.catalogue());
    preparationId =
        preparations
            .start(
                first,
                last,
                content,
                format,
                words,
                language,
                content.fileName(first, last, format),
                RequestingClient.page())
            .id();
  }

  /** Asked by the page while the export is written; tells once it has ended. */
  public void follow() {
    preparation()
        .filter(preparation -> preparation.state() != PortfolioPreparation.State.RUNNING)
        .ifPresent(
            ended -> {
              if (ended.state() == PortfolioPreparation.State.READY) {
                Messages.notice("portfolio.ready", ended.fileName());
              } else {
                FacesContext.getCurrentInstance()
                    .addMessage(null, Messages.error("portfolio.failed", ended.fileName()));
              }
            });
  }

  /** Sends the prepared file, which is then no longer kept. */
  public void download() throws IOException {
    Optional<PortfolioPreparation> taken =
        Optional.ofNullable(preparationId).flatMap(preparations::take);
    preparationId = null;
    if (taken.isEmpty()) {
      FacesContext.getCurrentInstance().addMessage(null, Messages.error("portfolio.gone"));
      return;
    }
    try (PortfolioExport.Spooled file = taken.get().file().orElseThrow()) {
      Downloads.send(
          taken.get().fileName(),
          "xlsx".equals(taken.get().format())
              ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              : "text/csv; charset=UTF-8",
          Map.of("X-Content-SHA256", file.sha256()),
          file::sendTo);
    }
  }

  /** The caller's export being written or waiting, or null. */
  public PortfolioPreparation getPreparation() {
    return preparation().orElse(null);
  }

  private Optional<PortfolioPreparation> preparation() {
    return Optional.ofNullable(preparationId)
        .flatMap(id -> preparations.latest().filter(latest -> latest.id().equals(id)));
  }

  public boolean isRunning() {
    return preparation()
        .filter(preparation -> preparation.state() == PortfolioPreparation.State.RUNNING)
        .isPresent();
  }

  public boolean isReady() {
    return preparation()
        .filter(preparation -> preparation.state() == PortfolioPreparation.State.READY)
        .isPresent();
  }

  public List<PortfolioExport.Content> getContents() {
    return List.of(PortfolioExport.Content.values());
  }

  public PortfolioExport.Content getContent() {
    return content;
  }

  public void setContent(PortfolioExport.Content content) {
    this.content = content;
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
