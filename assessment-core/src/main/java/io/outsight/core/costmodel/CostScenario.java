package io.outsight.core.costmodel;

import io.outsight.core.rules.EnteredText;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A cost model calculation kept under a name, so that the decision it informed can be traced: each
 * save adds an immutable {@link ScenarioRevision}, and the scenario names its newest. It may inform
 * a readiness assessment; contracts take their in-house alternative from one of its revisions.
 */
@Entity
@Table(name = "cost_scenario")
public class CostScenario {

  static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_scenario_seq")
  @SequenceGenerator(
      name = "cost_scenario_seq",
      sequenceName = "cost_scenario_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  private String name;

  @Column(name = "readiness_assessment_id")
  private Long readinessAssessmentId;

  @Column(name = "latest_revision")
  private int latestRevision;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected CostScenario() {}

  /** A scenario with no revision yet: {@link #revise} gives it its first. */
  public static CostScenario named(String name, String author, Instant at) {
    CostScenario scenario = new CostScenario();
    scenario.name = checkedName(name);
    scenario.createdBy = author;
    scenario.createdAt = at;
    return scenario;
  }

  /**
   * The next revision: the calculation as it stands now, under the name and readiness assessment
   * given. The caller persists the scenario first, so that the revision can name it.
   *
   * @param inputs the calculation's inputs as the API states them, to reopen it with
   */
  public ScenarioRevision revise(
      String name,
      Long readinessAssessmentId,
      String inputs,
      CostModel model,
      String author,
      Instant at) {
    this.name = checkedName(name);
    this.readinessAssessmentId = readinessAssessmentId;
    latestRevision++;
    return new ScenarioRevision(this, inputs, model, author, at);
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw new RuleViolation("scenario.name-required", "A scenario needs a name", List.of());
    }
    return EnteredText.checked("name", name.strip(), MAX_NAME, false);
  }

  /** None until saved. */
  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public Long readinessAssessmentId() {
    return readinessAssessmentId;
  }

  public int latestRevision() {
    return latestRevision;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
