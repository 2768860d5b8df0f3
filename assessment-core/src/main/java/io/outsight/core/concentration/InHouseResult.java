package io.outsight.core.concentration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What our own people brought in a channel (or the whole business, {@code ""}) in a month, for one
 * metric: the measure every vendor's share is taken against. A value given again replaces it; the
 * audit trail keeps what it was.
 */
@Entity
@Table(name = "in_house_result")
public class InHouseResult {

  public static final int MAX_CHANNEL = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "in_house_result_seq")
  @SequenceGenerator(
      name = "in_house_result_seq",
      sequenceName = "in_house_result_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  private String channel;

  @Column(name = "month_start")
  private LocalDate monthStart;

  @Column(name = "metric_id")
  private String metricId;

  @Column(name = "result_value")
  private BigDecimal value;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  private String source;

  protected InHouseResult() {}

  public InHouseResult(
      String channel,
      YearMonth month,
      String metricId,
      BigDecimal value,
      String recordedBy,
      Instant recordedAt,
      String source) {
    this.channel = channel == null ? "" : channel.strip();
    this.monthStart = month.atDay(1);
    this.metricId = metricId;
    record(value, recordedBy, recordedAt, source);
  }

  /** The value given again, from another source. */
  public void record(BigDecimal value, String recordedBy, Instant recordedAt, String source) {
    this.value = value;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.source = source;
  }

  public String channel() {
    return channel;
  }

  public YearMonth month() {
    return YearMonth.from(monthStart);
  }

  public String metricId() {
    return metricId;
  }

  public BigDecimal value() {
    return value;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String source() {
    return source;
  }
}
