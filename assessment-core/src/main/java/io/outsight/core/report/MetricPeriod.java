package io.outsight.core.report;

import io.outsight.core.contract.KpiStatus;
import io.outsight.core.metric.Period;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One metric in one period: the actual (null for no data), the attainment of the target in per
 * cent, and the light.
 */
public record MetricPeriod(
    Period period, BigDecimal actual, BigDecimal attainment, KpiStatus status)
    implements Serializable {}
