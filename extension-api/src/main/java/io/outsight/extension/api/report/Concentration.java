package io.outsight.extension.api.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The vendor's share, in per cent, of the leads, deals and revenue of the channel its contract
 * sells in, our own people's results included, in the report's periods: how much of that business
 * depends on this one seller. Null where the channel brought none of that metric.
 */
public record Concentration(BigDecimal leads, BigDecimal deals, BigDecimal revenue)
    implements Serializable {}
