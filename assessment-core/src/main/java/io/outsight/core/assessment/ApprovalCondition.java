package io.outsight.core.assessment;

import io.outsight.core.rules.EnteredText;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A condition a conditional approval set on a vendor: what is to be done, who sees to it and by
 * when. It stays open until someone closes it with a note saying how it was met; an open one past
 * its due date is overdue.
 */
@Entity
@Table(name = "approval_condition")
public class ApprovalCondition {

  static final int MAX_DESCRIPTION = 500;

  static final int MAX_OWNER = 100;

  static final int MAX_NOTE = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_condition_seq")
  @SequenceGenerator(
      name = "approval_condition_seq",
      sequenceName = "approval_condition_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "assessment_id")
  private Long assessmentId;

  @Column(name = "vendor_id")
  private long vendorId;

  private String description;

  private String owner;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "set_by")
  private String setBy;

  @Column(name = "set_at")
  private Instant setAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closing_note")
  private String closingNote;

  protected ApprovalCondition() {}

  /**
   * A condition checked as the reviewer entered it; {@code row} (from 1) names it in a refusal.
   *
   * @throws RuleViolation {@code condition.incomplete} without a description, owner or due date,
   *     {@code condition.due-past} for a due date before the decision
   */
  static ApprovalCondition set(
      ReviewDecision.Condition terms,
      int row,
      Assessment assessment,
      String by,
      LocalDate today,
      Instant at) {
    if (blank(terms.description()) || blank(terms.owner()) || terms.dueOn() == null) {
      throw new RuleViolation(
          "condition.incomplete",
          "Condition " + row + " needs what is to be done, an owner and a due date",
          List.of(String.valueOf(row)));
    }
    if (terms.dueOn().isBefore(today)) {
      throw new RuleViolation(
          "condition.due-past",
          "Condition " + row + " is due " + terms.dueOn() + ", before today",
          List.of(String.valueOf(row), terms.dueOn().toString()));
    }
    ApprovalCondition condition = new ApprovalCondition();
    condition.assessmentId = assessment.id();
    condition.vendorId = assessment.vendorId().orElseThrow();
    condition.description =
        EnteredText.checked("condition", terms.description().strip(), MAX_DESCRIPTION, true);
    condition.owner = EnteredText.checked("owner", terms.owner().strip(), MAX_OWNER, false);
    condition.dueOn = terms.dueOn();
    condition.setBy = by;
    condition.setAt = at;
    return condition;
  }

  /**
   * Closes the condition, saying how it was met.
   *
   * @throws RuleViolation {@code condition.note-required} without a note, {@code condition.closed}
   *     when it was closed before
   */
  public void close(String by, String note, Instant at) {
    if (!isOpen()) {
      throw new RuleViolation(
          "condition.closed",
          "The condition was closed by " + closedBy + " before",
          List.of(closedBy));
    }
    if (blank(note)) {
      throw new RuleViolation(
          "condition.note-required", "A condition is closed with a note on how it was met");
    }
    closingNote = EnteredText.checked("note", note.strip(), MAX_NOTE, true);
    closedBy = by;
    closedAt = at;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Open after the day it was due. */
  public boolean isOverdue(LocalDate today) {
    return isOpen() && dueOn.isBefore(today);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Long assessmentId() {
    return assessmentId;
  }

  public long vendorId() {
    return vendorId;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String setBy() {
    return setBy;
  }

  public Instant setAt() {
    return setAt;
  }

  public Optional<String> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> closingNote() {
    return Optional.ofNullable(closingNote);
  }
}
