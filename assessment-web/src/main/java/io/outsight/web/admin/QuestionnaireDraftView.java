package io.outsight.web.admin;

import io.outsight.core.assessment.TemplateDiff;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.assessment.QuestionnaireDrafts;
import io.outsight.registry.assessment.QuestionnaireDrafts.DraftDetails;
import io.outsight.registry.assessment.QuestionnaireTemplates;
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
import java.util.Optional;

/**
 * The draft of a questionnaire's next version (role: ADMIN): the form to revise it, a preview of
 * the saved draft as assessors will read it, what it changes in the version it follows, and
 * publishing or discarding it. What the author typed stays in the form when a save is refused.
 */
@Named
@ViewScoped
public class QuestionnaireDraftView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuestionnaireTemplates templates;

  @EJB private QuestionnaireDrafts drafts;

  private QuestionnaireTemplate newest;
  private DraftDetails draft;
  private DraftOutline outline;
  private TemplateDiff changes;

  @PostConstruct
  void load() {
    Pages.showNamed("questionnaire", this::newestPublished)
        .ifPresent(
            found -> {
              newest = found;
              drafts.draft(found.id()).ifPresentOrElse(this::show, () -> draft = null);
            });
  }

  private Optional<QuestionnaireTemplate> newestPublished(String id) {
    try {
      return Optional.of(templates.latest(id));
    } catch (Refused unknown) {
      return Optional.empty();
    }
  }

  private void show(DraftDetails saved) {
    draft = saved;
    outline = DraftOutline.of(saved.content());
    changes = drafts.changes(saved.templateId());
  }

  public void start() {
    try {
      show(drafts.start(newest.id()));
      Messages.notice("questionnaire.done.started", draft.content().version());
    } catch (Refused refused) {
      refuse(refused.rule(), refused.details());
      load();
    }
  }

  public void save() {
    if (saved()) {
      Messages.notice("questionnaire.done.saved", draft.content().version());
    }
  }

  /** Saves what the form holds, then publishes it as the next version. */
  public String publish() {
    if (!saved()) {
      return null;
    }
    try {
      QuestionnaireTemplate published = drafts.publish(newest.id(), draft.version());
      Messages.noticeAfterRedirect(
          "questionnaire.done.published",
          published.title().in(FacesContext.getCurrentInstance().getViewRoot().getLocale()),
          published.version());
      return "/admin/questionnaires?faces-redirect=true";
    } catch (Refused refused) {
      refuse(refused.rule(), refused.details());
      return null;
    }
  }

  public String discard() {
    try {
      drafts.discard(newest.id(), draft.version());
    } catch (Refused refused) {
      refuse(refused.rule(), refused.details());
      return null;
    }
    Messages.noticeAfterRedirect("questionnaire.done.discarded", draft.content().version());
    return "/admin/questionnaires?faces-redirect=true";
  }

  private boolean saved() {
    try {
      show(
          drafts.revise(
              newest.id(), draft.version(), outline.template(newest.id(), draft.basedOn() + 1)));
      return true;
    } catch (InvalidQuestionnaire invalid) {
      refuse(invalid.rule(), invalid.details());
      outline.open(invalid.details());
    } catch (Refused refused) {
      refuse(refused.rule(), refused.details());
      outline.open(refused.details());
    }
    return false;
  }

  private static void refuse(String rule, List<String> details) {
    FacesContext.getCurrentInstance()
        .addMessage(null, Messages.error("rule." + rule, details.toArray()));
  }

  public List<AnswerType> getAnswerTypes() {
    return List.of(AnswerType.values());
  }

  public List<DraftOutline.Condition> getConditions() {
    return List.of(DraftOutline.Condition.values());
  }

  public QuestionnaireTemplate getNewest() {
    return newest;
  }

  public DraftDetails getDraft() {
    return draft;
  }

  public DraftOutline getOutline() {
    return outline;
  }

  public TemplateDiff getChanges() {
    return changes;
  }
}
