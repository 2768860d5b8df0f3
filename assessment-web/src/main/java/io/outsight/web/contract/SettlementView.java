package io.outsight.web.contract;

import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.settlement.Settlements;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Settling a contract's next ended period from its Payouts tab. Periods are settled in order, so
 * the next one is the oldest shown that is still open.
 */
@Named
@ViewScoped
public class SettlementView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Settlements settlements;

  @Inject private ContractView contractView;

  @Inject private Formats formats;

  /**
   * The oldest ended period not settled, or null when every ended period is: adjustments waiting
   * for the period running today are settled with it once it ends.
   */
  public PeriodSpend getNext() {
    List<PeriodSpend> payouts = contractView.getPayouts();
    for (int i = payouts.size() - 1; i >= 0; i--) {
      PeriodSpend period = payouts.get(i);
      if (!period.isSettled() && period.period().lastDay().isBefore(contractView.getToday())) {
        return period;
      }
    }
    return null;
  }

  public void settle() {
    PeriodSpend next = getNext();
    if (next == null) {
      return;
    }
    try {
      PeriodSpend settled =
          settlements.settle(contractView.getContract().id(), next.period(), next.total());
      Messages.notice(
          "settlement.done",
          formats.period(settled.period().toString()),
          formats.money(settled.total()));
      contractView.resultsChanged();
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }
}
