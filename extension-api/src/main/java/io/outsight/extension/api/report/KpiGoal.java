package io.outsight.extension.api.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A contract's target for a metric as the report states it: the target itself, and the thresholds
 * at or beyond which a period is green, or amber; "beyond" is above where higher is better and
 * below where lower is.
 */
public record KpiGoal(
    String metricId,
    KpiDirection direction,
    BigDecimal target,
    BigDecimal greenAt,
    BigDecimal amberAt)
    implements Serializable {}
