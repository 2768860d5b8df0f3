package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.assessment.QuestionnaireDraft;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.core.assessment.TemplateJson;
import io.outsight.core.assessment.builtin.ReadinessAdvice;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Administrators write the next version of a questionnaire: start a draft from the newest published
 * version, revise it, compare it with what is published, and publish or discard it. Each step is in
 * the audit trail with the fingerprint of the content. Assessments already started keep the version
 * they were started on; new ones take the newest.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@RolesAllowed(Roles.ADMIN)
@Interceptors(RefuseRuleViolations.class)
public class QuestionnaireDrafts {

  /** A draft as its author sees it; {@code version} is what a revision must have seen. */
  public record DraftDetails(
      String templateId,
      int basedOn,
      long version,
      String revisedBy,
      Instant revisedAt,
      QuestionnaireTemplate content)
      implements Serializable {

    static DraftDetails of(QuestionnaireDraft draft) {
      return new DraftDetails(
          draft.templateId(),
          draft.basedOn(),
          draft.version(),
          draft.revisedBy(),
          draft.revisedAt(),
          draft.template());
    }
  }

  /** What the audit trail keeps of a draft: which version, and a fingerprint of its content. */
  public record DraftState(String questionnaire, int version, String fingerprint) {

    static DraftState of(QuestionnaireDraft draft) {
      QuestionnaireTemplate content = draft.template();
      return new DraftState(content.id(), content.version(), TemplateJson.fingerprint(content));
    }
  }

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AssessmentRepository repository;

  @EJB private QuestionnaireTemplates templates;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  public Optional<DraftDetails> draft(@NotNull String templateId) {
    return Optional.ofNullable(em.find(QuestionnaireDraft.class, templateId)).map(DraftDetails::of);
  }

  /** Starts the draft of the version after the newest published one. */
  public DraftDetails start(@NotNull String templateId) {
    QuestionnaireTemplate newest = templates.latest(templateId);
    if (em.find(QuestionnaireDraft.class, templateId) != null) {
      throw new RuleViolation(
          "questionnaire.draft-exists",
          "There is already a draft of " + templateId,
          List.of(templateId));
    }
    QuestionnaireDraft draft = QuestionnaireDraft.after(newest, caller(), clock.now());
    em.persist(draft);
    audit.record(caller(), "QuestionnaireDraft", templateId, "STARTED", null, DraftState.of(draft));
    return DraftDetails.of(draft);
  }

  public DraftDetails revise(
      @NotNull String templateId, long seenVersion, @NotNull QuestionnaireTemplate content) {
    QuestionnaireDraft draft = seen(templateId, seenVersion);
    DraftState before = DraftState.of(draft);
    draft.revise(content, caller(), clock.now());
    flush(templateId);
    audit.record(
        caller(), "QuestionnaireDraft", templateId, "REVISED", before, DraftState.of(draft));
    return DraftDetails.of(draft);
  }

  public void discard(@NotNull String templateId, long seenVersion) {
    QuestionnaireDraft draft = seen(templateId, seenVersion);
    DraftState before = DraftState.of(draft);
    em.remove(draft);
    flush(templateId);
    audit.record(caller(), "QuestionnaireDraft", templateId, "DISCARDED", before, null);
  }

  /**
   * Publishes the draft as the next version. Refused when another version was published since the
   * draft started (by an extension installed meanwhile), so that no published version is skipped
   * over unseen.
   */
  public QuestionnaireTemplate publish(@NotNull String templateId, long seenVersion) {
    QuestionnaireDraft draft = seen(templateId, seenVersion);
    em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
    int newest = templates.latest(templateId).version();
    if (newest != draft.basedOn()) {
      throw new RuleViolation(
          "questionnaire.outdated",
          "Version " + newest + " of " + templateId + " was published after the draft started",
          List.of(templateId, String.valueOf(newest)));
    }
    QuestionnaireTemplate content = draft.template();
    if (ReadinessAssessment.ID.equals(templateId)) {
      ReadinessAdvice.requireReadable(content);
    }
    PublishedTemplate published = draft.publishedBy(caller(), clock.now());
    DraftState state = DraftState.of(draft);
    em.remove(draft);
    repository.publish(published);
    flush(templateId);
    audit.record(caller(), "QuestionnaireTemplate", templateId, "PUBLISHED", null, state);
    return content;
  }

  /** What the draft changes in the version it follows. */
  public TemplateDiff changes(@NotNull String templateId) {
    QuestionnaireDraft draft = existing(templateId);
    return TemplateDiff.between(templates.version(templateId, draft.basedOn()), draft.template());
  }

  private QuestionnaireDraft existing(String templateId) {
    return Optional.ofNullable(em.find(QuestionnaireDraft.class, templateId))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "questionnaire.draft.unknown",
                    "There is no draft of " + templateId,
                    List.of(templateId)));
  }

  private QuestionnaireDraft seen(String templateId, long seenVersion) {
    QuestionnaireDraft draft = existing(templateId);
    if (draft.version() != seenVersion) {
      throw changedMeanwhile(templateId);
    }
    return draft;
  }

  private void flush(String templateId) {
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(templateId);
    }
  }

  private static RuleViolation changedMeanwhile(String templateId) {
    return new RuleViolation(
        "questionnaire.changed-meanwhile",
        "Someone else changed the draft of " + templateId + " meanwhile",
        List.of(templateId));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
