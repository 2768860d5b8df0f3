package io.outsight.registry.ledger;

import java.io.Serializable;
import java.util.Set;

/** What a submission stored: its id, how many values, how many earlier values they corrected, and for which contracts. */
public record SubmissionReceipt(long submissionId, int values, int superseded, Set<String> contracts) implements Serializable {}
