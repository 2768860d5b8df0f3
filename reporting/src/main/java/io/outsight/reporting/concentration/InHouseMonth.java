package io.outsight.reporting.concentration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Our own people's results in a channel's month as recorded: a metric not given is null, not zero;
 * who recorded the latest of them, when, and from where.
 */
public record InHouseMonth(
    String channel,
    YearMonth month,
    BigDecimal leads,
    BigDecimal meetings,
    BigDecimal deals,
    BigDecimal revenue,
    String recordedBy,
    Instant recordedAt,
    String source)
    implements Serializable {}
