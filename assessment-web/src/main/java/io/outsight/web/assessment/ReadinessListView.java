package io.outsight.web.assessment;

import io.outsight.core.assessment.builtin.ReadinessScope;
import io.outsight.core.assessment.builtin.ScopeAdvice;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.ReadinessAssessments;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Readiness assessments side by side, and starting a new one for a decision. */
@Named
@ViewScoped
public class ReadinessListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReadinessAssessments readiness;

  private List<AssessmentDetails> assessments;

  private String decision;

  @PostConstruct
  void load() {
    assessments = readiness.all();
  }

  public List<AssessmentDetails> getAssessments() {
    return assessments;
  }

  public ReadinessScope[] getScopes() {
    return ReadinessScope.values();
  }

  /** The verdict for a scope, or nothing when that scope was not considered. */
  public String verdict(AssessmentDetails assessment, ReadinessScope scope) {
    return assessment.advice().stream()
        .filter(advice -> advice.scope() == scope)
        .map(ScopeAdvice::verdict)
        .map(Enum::name)
        .findFirst()
        .orElse(null);
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String start() {
    try {
      return "/assessments/wizard?faces-redirect=true&id=" + readiness.start(decision);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "new:decision",
              Messages.error("rule." + refused.rule(), refused.details().toArray()));
      return null;
    }
  }
}
