package io.outsight.core.reconciliation;

import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.ReconciliationLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Why the vendor's figure for a metric of a period differs from what our CRM counted, as someone
 * who looked into it wrote. It holds for the difference it explains: a different one later is not
 * explained by it.
 */
@Entity
@Table(name = "crm_explanation")
public class CrmExplanation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_explanation_seq")
  @SequenceGenerator(
      name = "crm_explanation_seq",
      sequenceName = "crm_explanation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  private String metric;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  private BigDecimal difference;

  private String reason;

  @Column(name = "explained_by")
  private String explainedBy;

  @Column(name = "explained_at")
  private Instant explainedAt;

  protected CrmExplanation() {}

  public CrmExplanation(
      long contractId,
      String metric,
      Period period,
      BigDecimal difference,
      String reason,
      String explainedBy,
      Instant explainedAt) {
    this.contractId = contractId;
    this.metric = metric;
    this.periodStart = period.firstDay();
    this.periodMonths = period.months();
    this.difference = difference;
    this.reason = reason;
    this.explainedBy = explainedBy;
    this.explainedAt = explainedAt;
  }

  public Long id() {
    return id;
  }

  public long contractId() {
    return contractId;
  }

  public String metric() {
    return metric;
  }

  public Period period() {
    return new Period(YearMonth.from(periodStart), periodMonths);
  }

  public BigDecimal difference() {
    return difference;
  }

  public String reason() {
    return reason;
  }

  public String explainedBy() {
    return explainedBy;
  }

  public Instant explainedAt() {
    return explainedAt;
  }

  /** What it says, as the reconciliation reads it. */
  public ReconciliationLine.Explanation explanation() {
    return new ReconciliationLine.Explanation(
        period(), metric, difference, reason, explainedBy, explainedAt);
  }
}
