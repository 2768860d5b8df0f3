package io.outsight.extension.api.report;

import io.outsight.extension.api.metric.Period;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One metric in one period: the actual (null for no data), the attainment of the target in per
 * cent, and the light.
 */
public record MetricPeriod(
    Period period, BigDecimal actual, BigDecimal attainment, KpiStatus status)
    implements Serializable {}
