package io.outsight.core.assessment;

import io.outsight.core.link.VendorLink;
import io.outsight.core.rules.EnteredText;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessment, answered against one published template version, from draft to decision. The
 * rules: only the assessor edits, and only a draft or a returned assessment; a submission answers
 * every question (not applicable is an answer); a different person reviews it (four eyes), and a
 * return or a rejection says why.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

  static final int MAX_CONDITIONS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  private AssessmentKind kind;

  @Column(name = "template_id")
  private String templateId;

  @Column(name = "template_version")
  private int templateVersion;

  @Column(name = "vendor_id")
  private Long vendorId;

  private String title;

  @Enumerated(EnumType.STRING)
  private AssessmentStatus status;

  private String assessor;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "saved_at")
  private Instant savedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  private String reviewer;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "risk_justification")
  private String riskJustification;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
  private List<StoredAnswer> answers = new ArrayList<>();

  protected Assessment() {}

  private Assessment(
      AssessmentKind kind,
      QuestionnaireTemplate template,
      Long vendorId,
      String title,
      String assessor,
      Instant at) {
    this.kind = kind;
    this.templateId = template.id();
    this.templateVersion = template.version();
    this.vendorId = vendorId;
    this.title = title;
    this.assessor = Objects.requireNonNull(assessor, "assessor");
    this.startedAt = at;
    this.status = AssessmentStatus.DRAFT;
  }

  public static Assessment ofVendor(
      long vendorId, QuestionnaireTemplate template, String assessor, Instant at) {
    return new Assessment(
        AssessmentKind.VENDOR_DUE_DILIGENCE, template, vendorId, null, assessor, at);
  }

  /** A vendor checked against a further questionnaire; submitting it completes it. */
  public static Assessment ofVendorCheck(
      long vendorId, QuestionnaireTemplate template, String assessor, Instant at) {
    return new Assessment(AssessmentKind.VENDOR_CHECK, template, vendorId, null, assessor, at);
  }

  public static Assessment ofReadiness(
      String title, QuestionnaireTemplate template, String assessor, Instant at) {
    if (title == null || title.isBlank()) {
      throw new RuleViolation(
          "assessment.title-required",
          "A readiness assessment is named for the decision it informs");
    }
    return new Assessment(
        AssessmentKind.READINESS,
        template,
        null,
        EnteredText.checked("decision", title.strip(), 200, false),
        assessor,
        at);
  }

  /**
   * A readiness assessment revised: a new draft with the same answers, the original kept for
   * comparison.
   */
  public Assessment revisedBy(String assessor, QuestionnaireTemplate template, Instant at) {
    Assessment revision = new Assessment(kind, template, vendorId, title, assessor, at);
    revision.answers =
        new ArrayList<>(answers.stream().map(StoredAnswer::answer).map(StoredAnswer::of).toList());
    return revision;
  }

  /** Replaces the answers of a draft; each is checked against the template it was started on. */
  public void answer(
      List<Answer> newAnswers, QuestionnaireTemplate template, String by, Instant at) {
    requireEditable(template);
    if (!assessor.equals(by)) {
      throw new RuleViolation(
          "assessment.not-assessor",
          "Only the assessor " + assessor + " edits this assessment",
          List.of(assessor));
    }
    replaceAnswers(newAnswers, template, at);
  }

  /**
   * The vendor's contact answers a draft through the link procurement sent them for it, in the
   * assessor's stead: the vendor knows its own track record, staffing and plans, and procurement
   * reviews what it says.
   */
  public void answerThroughLink(
      VendorLink link, List<Answer> newAnswers, QuestionnaireTemplate template, Instant at) {
    requireEditable(template);
    requireLinkForThis(link, at);
    replaceAnswers(newAnswers, template, at);
  }

  private void requireEditable(QuestionnaireTemplate template) {
    requireTemplate(template);
    if (!status.editable()) {
      throw new RuleViolation(
          "assessment.not-editable",
          "A " + status + " assessment cannot be changed",
          List.of(status.name()));
    }
  }

  private void requireLinkForThis(VendorLink link, Instant at) {
    if (!link.opensAt(at)
        || link.purpose() != VendorLink.Purpose.QUESTIONNAIRE
        || !link.assessmentId().equals(Optional.ofNullable(id))
        || !Long.valueOf(link.vendorId()).equals(vendorId)) {
      throw new RuleViolation(
          "assessment.not-this-link",
          "Link " + link.id() + " does not open for assessment " + id,
          List.of(String.valueOf(id)));
    }
  }

  private void replaceAnswers(List<Answer> newAnswers, QuestionnaireTemplate template, Instant at) {
    ScoreCard.of(template, newAnswers);
    answers = new ArrayList<>(newAnswers.stream().map(StoredAnswer::of).toList());
    savedAt = at;
  }

  public List<Answer> answers() {
    return answers.stream().map(StoredAnswer::answer).toList();
  }

  public ScoreCard scoreCard(QuestionnaireTemplate template) {
    requireTemplate(template);
    return ScoreCard.of(template, answers());
  }

  /** Hands the answered assessment to a reviewer; every question must have an answer. */
  public void submit(QuestionnaireTemplate template, String by, Instant at) {
    requireTemplate(template);
    if (!status.editable() || !assessor.equals(by)) {
      throw new RuleViolation(
          "assessment.not-submittable",
          "Only the assessor submits a draft or a returned assessment",
          List.of(status.name()));
    }
    handOver(template, at);
  }

  /**
   * The vendor's contact submits what they answered through their link: the assessment goes to
   * review as the assessor's submission would (a check is complete), and the vendor changes it no
   * more.
   */
  public void submitThroughLink(VendorLink link, QuestionnaireTemplate template, Instant at) {
    requireEditable(template);
    requireLinkForThis(link, at);
    handOver(template, at);
  }

  private void handOver(QuestionnaireTemplate template, Instant at) {
    List<String> answered = answers.stream().map(stored -> stored.answer().questionKey()).toList();
    List<String> missing =
        template.questions().stream()
            .map(Question::key)
            .filter(key -> !answered.contains(key))
            .toList();
    if (!missing.isEmpty()) {
      throw new RuleViolation(
          "assessment.incomplete",
          "Answer every question, or mark it not applicable, before submitting",
          missing);
    }
    status = AssessmentStatus.SUBMITTED;
    submittedAt = at;
  }

  /**
   * The reviewer's decision; nobody decides on their own assessment. A return or a rejection says
   * why; approving a vendor whose risk is high or critical, or who raised a red flag, is justified
   * in writing; a conditional approval sets at least one condition, and only it sets any.
   *
   * @return the conditions set, to be kept beside the assessment
   */
  public List<ApprovalCondition> decide(
      ReviewDecision decision,
      QuestionnaireTemplate template,
      String by,
      LocalDate today,
      Instant at) {
    AssessmentStatus outcome = decision.outcome();
    if (!outcome.decided() && outcome != AssessmentStatus.RETURNED) {
      throw new IllegalArgumentException("not a decision: " + outcome);
    }
    if (kind != AssessmentKind.VENDOR_DUE_DILIGENCE || status != AssessmentStatus.SUBMITTED) {
      throw new RuleViolation(
          "assessment.not-submitted",
          "Only a submitted due diligence is reviewed",
          List.of(status.name()));
    }
    if (assessor.equals(by)) {
      throw new RuleViolation(
          "assessment.four-eyes",
          "The assessor cannot review their own assessment",
          List.of(assessor));
    }
    boolean needsComment =
        outcome == AssessmentStatus.RETURNED || outcome == AssessmentStatus.REJECTED;
    if (needsComment && blank(decision.comment())) {
      throw new RuleViolation(
          "assessment.comment-required", outcome + " needs a comment", List.of(outcome.name()));
    }
    ScoreCard card = scoreCard(template);
    boolean approves =
        outcome == AssessmentStatus.APPROVED || outcome == AssessmentStatus.CONDITIONALLY_APPROVED;
    if (approves && card.needsJustification() && blank(decision.justification())) {
      throw new RuleViolation(
          "assessment.justification-required",
          "Approving a vendor at "
              + card.riskTier()
              + " risk with "
              + card.redFlags().size()
              + " red flags needs a written justification",
          List.of(card.riskTier().name(), String.valueOf(card.redFlags().size())));
    }
    boolean conditional = outcome == AssessmentStatus.CONDITIONALLY_APPROVED;
    if (conditional && decision.conditions().isEmpty()) {
      throw new RuleViolation(
          "assessment.conditions-required", "A conditional approval lists its conditions");
    }
    if (!conditional && !decision.conditions().isEmpty()) {
      throw new RuleViolation(
          "assessment.conditions-unexpected",
          "Only a conditional approval sets conditions",
          List.of(outcome.name()));
    }
    if (decision.conditions().size() > MAX_CONDITIONS) {
      throw new RuleViolation(
          "assessment.too-many-conditions",
          "At most " + MAX_CONDITIONS + " conditions",
          List.of(String.valueOf(MAX_CONDITIONS)));
    }
    List<ApprovalCondition> conditions = new ArrayList<>();
    for (int row = 1; row <= decision.conditions().size(); row++) {
      conditions.add(
          ApprovalCondition.set(decision.conditions().get(row - 1), row, this, by, today, at));
    }
    String checkedComment =
        blank(decision.comment())
            ? null
            : EnteredText.checked("comment", decision.comment().strip(), 2000, true);
    String checkedJustification =
        !approves || blank(decision.justification())
            ? null
            : EnteredText.checked("justification", decision.justification().strip(), 2000, true);
    status = outcome;
    reviewer = by;
    reviewedAt = at;
    reviewComment = checkedComment;
    riskJustification = checkedJustification;
    return conditions;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void requireTemplate(QuestionnaireTemplate template) {
    if (!template.id().equals(templateId) || template.version() != templateVersion) {
      throw new IllegalArgumentException(
          "assessment "
              + id
              + " was started on "
              + templateId
              + " v"
              + templateVersion
              + ", not "
              + template.id()
              + " v"
              + template.version());
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public AssessmentKind kind() {
    return kind;
  }

  public String templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public Optional<Long> vendorId() {
    return Optional.ofNullable(vendorId);
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public AssessmentStatus status() {
    return status;
  }

  public String assessor() {
    return assessor;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** When the answers were last saved. */
  public Optional<Instant> savedAt() {
    return Optional.ofNullable(savedAt);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> reviewer() {
    return Optional.ofNullable(reviewer);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> reviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  /** Why the reviewer approved a vendor despite its risk tier or red flags. */
  public Optional<String> riskJustification() {
    return Optional.ofNullable(riskJustification);
  }
}
