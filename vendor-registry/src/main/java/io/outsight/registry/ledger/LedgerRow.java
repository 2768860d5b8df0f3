package io.outsight.registry.ledger;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * One period of a contract in the grid: its current value per metric id, when its report is due,
 * and whether it is late.
 */
public record LedgerRow(
    String period, LocalDate due, boolean late, Map<String, LedgerValue> current)
    implements Serializable {}
