package io.outsight.registry.ledger;

import java.io.Serializable;
import java.util.Set;

/**
 * What a submission stored: its id; how many values it stored, how many earlier values they
 * corrected, and how many it left out because they repeated the current value; for which contracts.
 */
public record SubmissionReceipt(
    long submissionId, int values, int superseded, int unchanged, Set<String> contracts)
    implements Serializable {}
