package io.outsight.registry.assessment;

import io.outsight.core.assessment.ApprovalCondition;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A condition of approval as the screens, the audit trail and the API show it, as of the day it was
 * read.
 */
public record ConditionDetails(
    long id,
    long version,
    long assessmentId,
    long vendorId,
    String vendorName,
    String description,
    String owner,
    LocalDate dueOn,
    String setBy,
    Instant setAt,
    String closedBy,
    Instant closedAt,
    String closingNote,
    boolean overdue)
    implements Serializable {

  static ConditionDetails of(ApprovalCondition condition, String vendorName, LocalDate today) {
    return new ConditionDetails(
        condition.id(),
        condition.version(),
        condition.assessmentId(),
        condition.vendorId(),
        vendorName,
        condition.description(),
        condition.owner(),
        condition.dueOn(),
        condition.setBy(),
        condition.setAt(),
        condition.closedBy().orElse(null),
        condition.closedAt().orElse(null),
        condition.closingNote().orElse(null),
        condition.isOverdue(today));
  }

  public boolean open() {
    return closedAt == null;
  }
}
