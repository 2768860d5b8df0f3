package io.outsight.web.link;

import io.outsight.registry.link.IssuedLink;
import io.outsight.registry.link.LinkDetails;
import io.outsight.web.assessment.AssessmentWizard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A vendor assessment's links, on the page it is answered on: the vendor's contact answers the
 * questionnaire through one, and procurement reviews what they submit.
 */
@Named
@ViewScoped
public class QuestionnaireLinksView extends VendorLinksView {

  private static final long serialVersionUID = 1L;

  @Inject private AssessmentWizard wizard;

  @Override
  List<LinkDetails> listed() {
    return wizard.getDetails() == null ? List.of() : links.ofAssessment(wizard.getDetails().id());
  }

  @Override
  IssuedLink issuedIn(String language) {
    return links.issueForQuestionnaire(wizard.getDetails().id(), language);
  }
}
