package io.outsight.core.contract;

import io.outsight.core.rules.Amount;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.extension.api.report.KpiGoal;
import io.outsight.extension.api.report.KpiStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A contract's target for one metric per period, with the thresholds of its traffic light: at or
 * beyond {@code greenAt} the period is green, at or beyond {@code amberAt} amber, otherwise red;
 * "beyond" is above for a metric where higher is better and below where lower is.
 */
@Embeddable
public class KpiTarget implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{outsight.field.required}")
  @Column(name = "metric")
  private String metricId;

  @NotNull(message = "{outsight.field.required}")
  @Enumerated(EnumType.STRING)
  private KpiDirection direction = KpiDirection.HIGHER_IS_BETTER;

  @NotNull(message = "{outsight.field.required}")
  @Amount
  private BigDecimal target;

  @NotNull(message = "{outsight.field.required}")
  @Amount
  @Column(name = "green_at")
  private BigDecimal greenAt;

  @NotNull(message = "{outsight.field.required}")
  @Amount
  @Column(name = "amber_at")
  private BigDecimal amberAt;

  public KpiTarget() {}

  public KpiTarget(
      String metricId,
      KpiDirection direction,
      BigDecimal target,
      BigDecimal greenAt,
      BigDecimal amberAt) {
    this.metricId = metricId;
    this.direction = direction;
    this.target = target;
    this.greenAt = greenAt;
    this.amberAt = amberAt;
  }

  /** The thresholds lie in the target's direction: amber is reached before green. */
  void check() {
    if (metricId == null
        || direction == null
        || target == null
        || greenAt == null
        || amberAt == null) {
      throw new RuleViolation(
          "contract.kpi-incomplete",
          "A KPI target names its metric, direction, target and thresholds",
          List.of(String.valueOf(metricId)));
    }
    if (better(amberAt, greenAt)) {
      throw new RuleViolation(
          "contract.kpi-thresholds",
          "For "
              + metricId
              + " the amber threshold "
              + amberAt
              + " is better than the green one "
              + greenAt,
          List.of(metricId));
    }
  }

  /** The target as a report states it. */
  public KpiGoal goal() {
    return new KpiGoal(metricId, direction, target, greenAt, amberAt);
  }

  public KpiStatus status(Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      return KpiStatus.NO_DATA;
    }
    if (!better(greenAt, value.get())) {
      return KpiStatus.GREEN;
    }
    return better(amberAt, value.get()) ? KpiStatus.RED : KpiStatus.AMBER;
  }

  /** Whether {@code a} is strictly better than {@code b} in this target's direction. */
  private boolean better(BigDecimal a, BigDecimal b) {
    int comparison = a.compareTo(b);
    return direction == KpiDirection.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
  }

  public String getMetricId() {
    return metricId;
  }

  public void setMetricId(String metricId) {
    this.metricId = metricId;
  }

  public KpiDirection getDirection() {
    return direction;
  }

  public void setDirection(KpiDirection direction) {
    this.direction = direction;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public BigDecimal getGreenAt() {
    return greenAt;
  }

  public void setGreenAt(BigDecimal greenAt) {
    this.greenAt = greenAt;
  }

  public BigDecimal getAmberAt() {
    return amberAt;
  }

  public void setAmberAt(BigDecimal amberAt) {
    this.amberAt = amberAt;
  }
}
