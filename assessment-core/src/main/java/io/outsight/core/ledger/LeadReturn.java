package io.outsight.core.ledger;

import io.outsight.core.contract.Contract;
import io.outsight.extension.api.metric.Period;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Leads we returned to the vendor or disqualified: how many, from which delivery period (the one
 * they were reported and paid in), on which day, and why. Whether the return is credited is the
 * contract's dispute window's to say, counted from the end of the delivery period. A return is
 * never changed; one recorded in error is answered by the vendor's corrected figures, not by
 * editing history.
 */
@Entity
@Table(name = "lead_return")
public class LeadReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_return_seq")
  @SequenceGenerator(
      name = "lead_return_seq",
      sequenceName = "lead_return_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  @Column(name = "returned_on")
  private LocalDate returnedOn;

  private int leads;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "source_line")
  private Integer sourceLine;

  protected LeadReturn() {}

  /**
   * A return as it was recorded; the caller has checked it with {@link LedgerRules}.
   *
   * @param submissionId the results file or batch it came in, or null from the form
   * @param sourceLine its line in the file or number in the batch, or null
   */
  public LeadReturn(
      Contract contract,
      Period delivery,
      LocalDate returnedOn,
      int leads,
      String reason,
      ResultSource source,
      String recordedBy,
      Instant recordedAt,
      Long submissionId,
      Integer sourceLine) {
    if (leads <= 0) {
      throw new IllegalArgumentException("a return carries one lead or more: " + leads);
    }
    this.contractId = contract.id();
    this.periodStart = delivery.firstDay();
    this.periodMonths = delivery.months();
    this.returnedOn = returnedOn;
    this.leads = leads;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.submissionId = submissionId;
    this.sourceLine = sourceLine;
  }

  public Long id() {
    return id;
  }

  public long contractId() {
    return contractId;
  }

  /** The period the leads were delivered, and paid, in. */
  public Period delivery() {
    return new Period(YearMonth.from(periodStart), periodMonths);
  }

  public LocalDate returnedOn() {
    return returnedOn;
  }

  public int leads() {
    return leads;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public ResultSource source() {
    return source;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Long> submissionId() {
    return Optional.ofNullable(submissionId);
  }

  public Optional<Integer> sourceLine() {
    return Optional.ofNullable(sourceLine);
  }

  /** Whether the contract credits it: returned within the dispute window. */
  public boolean credited(Contract contract) {
    return contract.creditsReturn(delivery(), returnedOn);
  }
}
