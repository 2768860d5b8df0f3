package io.outsight.web.concentration;

import io.outsight.core.concentration.ChannelOutcome;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.concentration.InHouseMonth;
import io.outsight.reporting.concentration.InHouseReceipt;
import io.outsight.reporting.concentration.InHouseResults;
import io.outsight.web.contract.ContractOptions;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Our own people's results by channel and month: a file imported whole or not at all, or a month
 * entered by hand, and the last two years as recorded.
 */
@Named
@ViewScoped
public class InHouseResultsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int MONTHS_SHOWN = 24;

  @EJB private InHouseResults results;

  @Inject private ContractOptions options;

  @Inject private PortalClock clock;

  private List<InHouseMonth> months;

  private List<String> problems = List.of();

  private String channel;

  private String month;

  private BigDecimal leads;

  private BigDecimal meetings;

  private BigDecimal deals;

  private BigDecimal revenue;

  public List<InHouseMonth> getMonths() {
    if (months == null) {
      YearMonth current = YearMonth.from(clock.today());
      months = results.months(current.minusMonths(MONTHS_SHOWN - 1L), current);
    }
    return months;
  }

  public void importFile(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      InHouseReceipt receipt = results.importFile(event.getFile().getFileName(), content);
      stored(receipt);
    } catch (ResultsRejected rejected) {
      problems = rejected.problems().stream().map(options::problem).toList();
    }
  }

  public void enter() {
    YearMonth entered;
    try {
      entered = YearMonth.parse(month.strip());
    } catch (RuntimeException notAMonth) {
      FacesContext.getCurrentInstance()
          .addMessage("entry:month", Messages.error("inHouse.month.invalid", month));
      return;
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put(ChannelOutcome.METRICS.get(0), leads);
    values.put(ChannelOutcome.METRICS.get(1), meetings);
    values.put(ChannelOutcome.METRICS.get(2), deals);
    values.put(ChannelOutcome.METRICS.get(3), revenue);
    try {
      stored(results.enter(channel, entered, values));
      leads = meetings = deals = revenue = null;
    } catch (ResultsRejected rejected) {
      problems = rejected.problems().stream().map(options::problem).toList();
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  private void stored(InHouseReceipt receipt) {
    problems = List.of();
    months = null;
    Messages.notice("inHouse.stored", receipt.values(), receipt.replaced());
  }

  public String channelName(String channel) {
    return ConcentrationWording.channel(channel);
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public BigDecimal getLeads() {
    return leads;
  }

  public void setLeads(BigDecimal leads) {
    this.leads = leads;
  }

  public BigDecimal getMeetings() {
    return meetings;
  }

  public void setMeetings(BigDecimal meetings) {
    this.meetings = meetings;
  }

  public BigDecimal getDeals() {
    return deals;
  }

  public void setDeals(BigDecimal deals) {
    this.deals = deals;
  }

  public BigDecimal getRevenue() {
    return revenue;
  }

  public void setRevenue(BigDecimal revenue) {
    this.revenue = revenue;
  }
}
