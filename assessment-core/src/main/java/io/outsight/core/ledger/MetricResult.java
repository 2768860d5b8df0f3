package io.outsight.core.ledger;

import io.outsight.extension.api.metric.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  /** Given by the database: values are appended by {@code INSERT}s in batches, never by JPA. */
  @Id private Long id;

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

  @Column(name = "submission_id")
  private long submissionId;

  @Column(name = "source_line")
  private Integer sourceLine;

  @Column(name = "superseded_by")
  private Long supersededBy;

  @Column(name = "correction_reason")
  private String correctionReason;

  protected MetricResult() {}

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

  public long submissionId() {
    return submissionId;
  }

  public Optional<Integer> sourceLine() {
    return Optional.ofNullable(sourceLine);
  }

  /** Why this value corrects the one before it; none for a first value. */
  public Optional<String> correctionReason() {
    return Optional.ofNullable(correctionReason);
  }

  public Optional<Long> supersededBy() {
    return Optional.ofNullable(supersededBy);
  }

  public boolean current() {
    return supersededBy == null;
  }
}
