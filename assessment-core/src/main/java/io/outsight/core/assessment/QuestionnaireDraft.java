package io.outsight.core.assessment;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The next version of a questionnaire while an administrator writes it. There is at most one draft
 * per questionnaire; it starts as a copy of the newest published version, is revised as a whole,
 * and becomes that version's successor when published. Only a draft changes: publishing makes an
 * immutable {@link PublishedTemplate} of it, and the draft is gone.
 */
@Entity
@Table(name = "questionnaire_draft")
public class QuestionnaireDraft {

  @Id
  @Column(name = "template_id")
  private String templateId;

  @Column(name = "based_on")
  private int basedOn;

  private String snapshot;

  @Column(name = "revised_by")
  private String revisedBy;

  @Column(name = "revised_at")
  private Instant revisedAt;

  @Version private long version;

  protected QuestionnaireDraft() {}

  /** A draft of the version after {@code newest}, with the same content to begin with. */
  public static QuestionnaireDraft after(QuestionnaireTemplate newest, String author, Instant at) {
    QuestionnaireDraft draft = new QuestionnaireDraft();
    draft.templateId = newest.id();
    draft.basedOn = newest.version();
    draft.revise(
        new QuestionnaireTemplate(
            newest.id(),
            newest.version() + 1,
            newest.title(),
            newest.sections(),
            newest.redFlags()),
        author,
        at);
    return draft;
  }

  /**
   * Replaces the draft's content.
   *
   * @throws InvalidQuestionnaire when the content is of another questionnaire or version, or a text
   *     is missing in either language
   */
  public void revise(QuestionnaireTemplate content, String author, Instant at) {
    if (!content.id().equals(templateId) || content.version() != basedOn + 1) {
      throw new InvalidQuestionnaire(
          "draft-version",
          "the draft of " + templateId + " is version " + (basedOn + 1),
          templateId,
          String.valueOf(basedOn + 1));
    }
    requireBothLanguages(content);
    this.snapshot = TemplateJson.write(content);
    this.revisedBy = author;
    this.revisedAt = at;
  }

  /**
   * The draft as a published version. The caller makes sure that {@link #basedOn()} is still the
   * newest version, so that versions follow each other.
   */
  public PublishedTemplate publishedBy(String author, Instant at) {
    return new PublishedTemplate(template(), PublishedTemplate.AUTHORED_IN_PORTAL + author, at);
  }

  public QuestionnaireTemplate template() {
    return TemplateJson.read(snapshot);
  }

  public String templateId() {
    return templateId;
  }

  /** The published version this draft follows. */
  public int basedOn() {
    return basedOn;
  }

  public String revisedBy() {
    return revisedBy;
  }

  public Instant revisedAt() {
    return revisedAt;
  }

  public long version() {
    return version;
  }

  /** Assessors read the portal in English or in Finnish: every text of a version is in both. */
  static void requireBothLanguages(QuestionnaireTemplate template) {
    List<Wording> wordings = new ArrayList<>();
    wordings.add(new Wording(template.id(), template.title()));
    for (Section section : template.sections()) {
      wordings.add(new Wording(section.key(), section.title()));
      for (Question question : section.questions()) {
        wordings.add(new Wording(question.key(), question.text()));
        question.anchors().forEach(anchor -> wordings.add(new Wording(question.key(), anchor)));
        question
            .choices()
            .forEach(choice -> wordings.add(new Wording(question.key(), choice.label())));
      }
    }
    template.redFlags().forEach(flag -> wordings.add(new Wording(flag.key(), flag.description())));
    wordings.stream()
        .filter(wording -> wording.text().en().isBlank() || wording.text().fi().isBlank())
        .findFirst()
        .ifPresent(
            missing -> {
              throw new InvalidQuestionnaire(
                  "text-missing",
                  missing.owner() + " lacks its English or Finnish text",
                  missing.owner());
            });
  }

  private record Wording(String owner, LocalizedText text) {}
}
