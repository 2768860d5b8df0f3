package io.outsight.reporting.reconciliation;

import java.io.Serializable;
import java.util.Set;

/**
 * What a CRM export brought: how many records, counted into how many figures, for which contracts.
 */
public record CrmReceipt(long importId, int records, int figures, Set<String> contracts)
    implements Serializable {}
