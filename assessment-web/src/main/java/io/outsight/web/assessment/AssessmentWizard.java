package io.outsight.web.assessment;

import io.outsight.core.assessment.AssessmentKind;
import io.outsight.extension.api.questionnaire.Section;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.rules.Refused;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FlowEvent;

/**
 * Answering an assessment, one section per wizard step. Every step saves the draft, so that nothing
 * typed is lost and the assessor can leave and resume; the last step submits a due diligence for
 * review, completes a vendor check, or shows a readiness assessment's advice.
 */
@Named
@ViewScoped
public class AssessmentWizard implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Assessments assessments;

  @EJB private DueDiligence dueDiligence;

  private AssessmentDetails details;

  private AnswerInputs answers;

  @PostConstruct
  void load() {
    Pages.show(assessments::find).ifPresent(this::show);
  }

  private void show(AssessmentDetails shown) {
    details = shown;
    answers = AnswerInputs.of(shown.template(), shown.answers());
  }

  public AssessmentDetails getDetails() {
    return details;
  }

  public List<Section> getSections() {
    return details == null ? List.of() : details.template().sections();
  }

  public AnswerInputs getAnswers() {
    return answers;
  }

  public boolean isDueDiligence() {
    return details.kind() == AssessmentKind.VENDOR_DUE_DILIGENCE;
  }

  /** Only the assessor changes a draft or a returned assessment. */
  public boolean isEditable() {
    String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return details.status().editable() && details.assessor().equals(user);
  }

  /** Saves the step just left before the wizard shows the next one. */
  public String onFlow(FlowEvent event) {
    return save() ? event.getNewStep() : event.getOldStep();
  }

  public void saveDraft() {
    if (save()) {
      Messages.notice("assessment.saved");
    }
  }

  public boolean isVendorCheck() {
    return details.kind() == AssessmentKind.VENDOR_CHECK;
  }

  /**
   * A due diligence goes to review, a vendor check is complete; a readiness assessment shows its
   * advice.
   */
  public String finish() {
    if (!save()) {
      return null;
    }
    if (isDueDiligence() || isVendorCheck()) {
      try {
        dueDiligence.submit(details.id(), details.version());
      } catch (Refused refused) {
        explain(refused);
        return null;
      }
      Messages.noticeAfterRedirect(
          isVendorCheck() ? "assessment.check-completed" : "assessment.submitted");
    }
    return "/assessments/result?faces-redirect=true&id=" + details.id();
  }

  private boolean save() {
    if (!isEditable()) {
      return true;
    }
    try {
      show(assessments.save(details.id(), details.version(), answers.entered()));
      return true;
    } catch (Refused refused) {
      explain(refused);
      return false;
    }
  }

  private void explain(Refused refused) {
    FacesContext.getCurrentInstance().addMessage(null, answers.explain(refused));
  }
}
