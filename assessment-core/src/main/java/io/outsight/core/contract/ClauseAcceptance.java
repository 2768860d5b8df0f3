package io.outsight.core.contract;

import io.outsight.core.rules.EnteredText;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A contradiction between a contract's clause and the vendor's due diligence, accepted with a
 * reason. It holds for the due diligence it was accepted against only: a new due diligence that
 * gives the same answer is a new contradiction to look at.
 */
@Entity
@Table(name = "clause_acceptance")
public class ClauseAcceptance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_acceptance_seq")
  @SequenceGenerator(
      name = "clause_acceptance_seq",
      sequenceName = "clause_acceptance_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  @Column(name = "assessment_id")
  private long assessmentId;

  @Enumerated(EnumType.STRING)
  private ClauseContradiction contradiction;

  private String reason;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected ClauseAcceptance() {}

  /**
   * Accepts a contradiction the contract has now against the given due diligence.
   *
   * @throws RuleViolation {@code clause.reason-required} without a reason, {@code
   *     clause.not-contradicted} when the contract has no such contradiction
   */
  public static ClauseAcceptance of(
      long contractId,
      long assessmentId,
      ClauseContradiction contradiction,
      List<ClauseContradiction> standing,
      String reason,
      String by,
      Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation(
          "clause.reason-required", "A contradiction is accepted with a reason");
    }
    String checkedReason = EnteredText.checked("reason", reason.strip(), 2000, true);
    if (!standing.contains(contradiction)) {
      throw new RuleViolation(
          "clause.not-contradicted",
          "The contract's clauses do not contradict the due diligence on " + contradiction,
          List.of(contradiction.name()));
    }
    ClauseAcceptance acceptance = new ClauseAcceptance();
    acceptance.contractId = contractId;
    acceptance.assessmentId = assessmentId;
    acceptance.contradiction = contradiction;
    acceptance.reason = checkedReason;
    acceptance.acceptedBy = by;
    acceptance.acceptedAt = at;
    return acceptance;
  }

  public long contractId() {
    return contractId;
  }

  public long assessmentId() {
    return assessmentId;
  }

  public ClauseContradiction contradiction() {
    return contradiction;
  }

  public String reason() {
    return reason;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }
}
