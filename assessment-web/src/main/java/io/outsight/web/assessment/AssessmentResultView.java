package io.outsight.web.assessment;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReviewDecision;
import io.outsight.core.assessment.SectionScore;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.assessment.ReadinessAssessments;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.scenario.ScenarioDetails;
import io.outsight.reporting.contract.ReportFiles;
import io.outsight.reporting.export.AssessmentFiles;
import io.outsight.web.api.AssessmentResponse;
import io.outsight.web.faces.Downloads;
import io.outsight.web.faces.Pages;
import io.outsight.web.faces.PercentBars;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment's result: the score explained with each answer and its evidence, red flags, risk
 * tier, advice, and the review: a justification where the risk calls for one, and the conditions of
 * a conditional approval.
 */
@Named
@ViewScoped
public class AssessmentResultView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Jsonb RESPONSE_JSON =
      JsonbBuilder.create(new JsonbConfig().withFormatting(true));

  @EJB private Assessments assessments;

  @EJB private DueDiligence dueDiligence;

  @EJB private ReadinessAssessments readiness;

  @EJB private ApprovalConditions approvalConditions;

  @EJB private AssessmentFiles files;

  @EJB private CostScenarios scenarios;

  private List<ScenarioDetails> informing;

  @Inject private InstalledMetrics installed;

  @Inject private LanguageSelection language;

  private AssessmentDetails details;

  private List<ConditionDetails> conditions;

  private String comment;

  private String justification;

  private final List<ConditionRow> newConditions = new ArrayList<>(List.of(new ConditionRow()));

  @PostConstruct
  void load() {
    Pages.show(assessments::find)
        .ifPresent(
            found -> {
              details = found;
              conditions = approvalConditions.ofAssessment(found.id());
            });
  }

  /** A condition as the reviewer types it. */
  public static class ConditionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;

    private String owner;

    private LocalDate dueOn;

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
      this.dueOn = dueOn;
    }

    boolean blank() {
      return (description == null || description.isBlank())
          && (owner == null || owner.isBlank())
          && dueOn == null;
    }
  }

  public List<ConditionDetails> getConditions() {
    return conditions;
  }

  public List<ConditionRow> getNewConditions() {
    return newConditions;
  }

  public void addCondition() {
    newConditions.add(new ConditionRow());
  }

  public void removeCondition(ConditionRow row) {
    newConditions.remove(row);
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  /** The cost scenarios whose newest revision informs this readiness assessment. */
  public List<ScenarioDetails> getScenarios() {
    if (informing == null) {
      informing =
          scenarios.latest().stream()
              .filter(
                  scenario -> Long.valueOf(details.id()).equals(scenario.readinessAssessmentId()))
              .toList();
    }
    return informing;
  }

  public AssessmentDetails getDetails() {
    return details;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isDueDiligence() {
    return details.kind() == AssessmentKind.VENDOR_DUE_DILIGENCE;
  }

  /** Section scores as a Chart.js bar chart; a section where nothing applied has no bar. */
  public String getSectionChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder scores = JSON.createArrayBuilder();
    for (SectionScore section : details.scoreCard().sections()) {
      if (section.weight() == 0) {
        continue;
      }
      labels.add(section.title().in(language.getLocale()));
      section.score().ifPresentOrElse(scores::add, scores::addNull);
    }
    return PercentBars.of(labels, Messages.text("result.sectionScore"), scores, "#2a9d8f");
  }

  public BigDecimal percent(BigDecimal earned, int possible) {
    return possible == 0
        ? null
        : earned
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(possible), 0, RoundingMode.HALF_UP);
  }

  /**
   * A submitted due diligence is reviewed by procurement or an administrator other than its
   * assessor.
   */
  public boolean isReviewable() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return isDueDiligence()
        && details.status() == AssessmentStatus.SUBMITTED
        && !details.assessor().equals(external.getRemoteUser())
        && (external.isUserInRole(Roles.PROCUREMENT) || external.isUserInRole(Roles.ADMIN));
  }

  public boolean isRevisable() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return details.kind() == AssessmentKind.READINESS
        && (external.isUserInRole(Roles.PROCUREMENT) || external.isUserInRole(Roles.ADMIN));
  }

  /**
   * Decides with what the reviewer typed: rows left wholly empty are not conditions, and conditions
   * typed for a decision other than a conditional approval are refused, not dropped. A refusal
   * leaves everything typed on the form.
   */
  public void decide(String decision) {
    AssessmentStatus outcome = AssessmentStatus.valueOf(decision);
    List<ReviewDecision.Condition> set =
        newConditions.stream()
            .filter(row -> !row.blank())
            .map(
                row ->
                    new ReviewDecision.Condition(
                        row.getDescription(), row.getOwner(), row.getDueOn()))
            .toList();
    try {
      details =
          dueDiligence.decide(
              details.id(),
              details.version(),
              new ReviewDecision(outcome, comment, justification, set));
      conditions = approvalConditions.ofAssessment(details.id());
      Messages.notice("result.decided." + decision);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  /** The assessment as a PDF in the reader's language, registered with its digest first. */
  public void downloadPdf() throws IOException {
    send(
        files.pdf(
            details.id(),
            new ReportWording(language.getLocale(), installed.catalogue()),
            language.getLocale(),
            RequestingClient.page()));
  }

  /** The assessment as the API's JSON document, both languages in it, registered first. */
  public void downloadJson() throws IOException {
    byte[] json =
        RESPONSE_JSON
            .toJson(AssessmentResponse.of(details, conditions))
            .getBytes(StandardCharsets.UTF_8);
    send(
        files.register(
            details.id(),
            AssessmentFiles.FORMAT_PREFIX + "json",
            "application/json",
            "json",
            json,
            RequestingClient.page()));
  }

  private static void send(ReportFiles.File file) throws IOException {
    Downloads.send(
        file.name(),
        file.mediaType(),
        Map.of("X-Content-SHA256", file.sha256()),
        out -> out.write(file.content()));
  }

  public String revise() {
    return "/assessments/wizard?faces-redirect=true&id=" + readiness.revise(details.id());
  }
}
