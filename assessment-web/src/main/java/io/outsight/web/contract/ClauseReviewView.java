package io.outsight.web.contract;

import io.outsight.core.contract.ClauseContradiction;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.ClauseReview;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * A contract's clauses against its vendor's latest approved due diligence: the contradictions, and
 * accepting one with a reason. A refused acceptance keeps the reason typed.
 */
@Named
@ViewScoped
public class ClauseReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ClauseChecks clauseChecks;

  @Inject private ContractView contractView;

  private ClauseReview review;

  private final Map<ClauseContradiction, String> reasons = new EnumMap<>(ClauseContradiction.class);

  public ClauseReview getReview() {
    if (review == null) {
      review = clauseChecks.review(contractView.getContract().id());
    }
    return review;
  }

  /** The reason typed for accepting each contradiction. */
  public Map<ClauseContradiction, String> getReasons() {
    return reasons;
  }

  public void accept(ClauseContradiction contradiction) {
    try {
      review =
          clauseChecks.accept(
              contractView.getContract().id(), contradiction, reasons.get(contradiction));
      reasons.remove(contradiction);
      Messages.notice("clause.accepted", Messages.text("clause.contradiction." + contradiction));
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }
}
