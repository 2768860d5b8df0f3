package io.outsight.web.link;

import io.outsight.extension.api.questionnaire.Section;
import io.outsight.registry.link.LinkRefused;
import io.outsight.registry.link.QuestionnaireAccess;
import io.outsight.registry.link.VendorLinks;
import io.outsight.registry.rules.Refused;
import io.outsight.web.assessment.AnswerInputs;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;

/**
 * The page a vendor's questionnaire link opens, without a portal account: the vendor's assessment,
 * every section on one page, answered as the assessor's wizard answers it, saved as a draft as
 * often as the contact likes and submitted once whole. A link that does not open shows the same
 * page whatever the reason, with 404, and nothing about the vendor.
 */
@Named
@ViewScoped
public class VendorQuestionnairePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private VendorLinks links;

  @Inject private LanguageSelection language;

  @Inject private Formats formats;

  private String token;

  private QuestionnaireAccess questionnaire;

  private AnswerInputs answers;

  private boolean submitted;

  /** Opens the link on the page's first request; shows it in the language it was sent in. */
  public void open() {
    questionnaire = links.openQuestionnaire(token).orElse(null);
    if (questionnaire == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    answers = AnswerInputs.of(questionnaire.template(), questionnaire.answers());
    language.propose(questionnaire.link().language());
  }

  public void save() {
    if (saved()) {
      Messages.notice(
          "vendorLink.questionnaire.saved", formats.dateTime(questionnaire.link().expiresAt()));
    }
  }

  /** Saves what is typed, then submits it; what is missing is named, and what is typed kept. */
  public void submit() {
    if (!saved()) {
      return;
    }
    try {
      questionnaire = links.submitAnswers(token, questionnaire.version());
      submitted = true;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance().addMessage(null, answers.explain(refused));
    } catch (LinkRefused closed) {
      LinkPages.showAgain("/vendor/questionnaire.xhtml", token);
    }
  }

  private boolean saved() {
    try {
      questionnaire = links.saveAnswers(token, questionnaire.version(), answers.entered());
      return true;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance().addMessage(null, answers.explain(refused));
    } catch (LinkRefused closed) {
      LinkPages.showAgain("/vendor/questionnaire.xhtml", token);
    }
    return false;
  }

  public List<Section> getSections() {
    return questionnaire == null ? List.of() : questionnaire.template().sections();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public QuestionnaireAccess getQuestionnaire() {
    return questionnaire;
  }

  public AnswerInputs getAnswers() {
    return answers;
  }

  public boolean isSubmitted() {
    return submitted;
  }
}
