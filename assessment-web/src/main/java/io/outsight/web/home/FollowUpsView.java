package io.outsight.web.home;

import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.contract.ClauseReview;
import io.outsight.reporting.dashboard.Dashboard;
import io.outsight.reporting.dashboard.HomeFigures;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What due diligence left to follow up, on the home page: open conditions of approval, overdue ones
 * marked, and contracts whose clauses contradict what their vendor answered.
 */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Dashboard dashboard;

  private List<ConditionDetails> openConditions;

  private List<ClauseReview> contradictions;

  /** Both lists from one read of the dashboard's figures, kept for the view's paging. */
  private void read() {
    HomeFigures figures = dashboard.figures();
    openConditions = figures.openConditions();
    contradictions = figures.contradictions();
  }

  public List<ConditionDetails> getOpenConditions() {
    if (openConditions == null) {
      read();
    }
    return openConditions;
  }

  public long getOverdueConditions() {
    return getOpenConditions().stream().filter(ConditionDetails::overdue).count();
  }

  /** Contracts not yet ended with a contradiction no one has accepted. */
  public List<ClauseReview> getContradictions() {
    if (contradictions == null) {
      read();
    }
    return contradictions;
  }
}
