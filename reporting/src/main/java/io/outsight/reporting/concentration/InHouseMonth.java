package io.outsight.reporting.concentration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Our own people's results in a channel's month as recorded: a metric not given is null, not zero;
 * who recorded the latest of them, when, and from where.
 */
public record InHouseMonth(
    String channel,
    // JSON-B writes a YearMonth as its text; the scanner would take it for an object
    @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2026-11")
        YearMonth month,
    BigDecimal leads,
    BigDecimal meetings,
    BigDecimal deals,
    BigDecimal revenue,
    String recordedBy,
    Instant recordedAt,
    String source)
    implements Serializable {}
