package io.outsight.core.ledger;

import io.outsight.core.metric.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One value in the ledger: what a vendor reported for a metric in a period under a contract. A
 * value is never changed; a correction is a new value that supersedes it, and the superseded one
 * stays as history.
 */
@Entity
@Table(name = "metric_result")
public class MetricResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  private String metric;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  @Column(name = "result_value")
  private BigDecimal value;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "import_id")
  private Long importId;

  @Column(name = "source_line")
  private Integer sourceLine;

  @Column(name = "superseded_by")
  private Long supersededBy;

  protected MetricResult() {}

  public MetricResult(long contractId, String metric, Period period, BigDecimal value, ResultSource source, String recordedBy,
      Instant recordedAt) {
    this.contractId = contractId;
    this.metric = metric;
    this.periodStart = period.firstDay();
    this.periodMonths = period.months();
    this.value = value;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Marks this value as corrected by {@code correction}; the value itself stays as it was. */
  public void supersededBy(MetricResult correction) {
    if (supersededBy != null) {
      throw new IllegalStateException("value " + id + " was already superseded by " + supersededBy);
    }
    supersededBy = correction.id;
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

  public BigDecimal value() {
    return value;
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

  public Optional<Long> importId() {
    return Optional.ofNullable(importId);
  }

  public Optional<Integer> sourceLine() {
    return Optional.ofNullable(sourceLine);
  }

  public Optional<Long> supersededBy() {
    return Optional.ofNullable(supersededBy);
  }

  public boolean current() {
    return supersededBy == null;
  }
}
