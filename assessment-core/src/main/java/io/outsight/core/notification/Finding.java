package io.outsight.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a scheduled check found that people should hear of: a notice deadline coming, a report
 * late. Its key names the kind, the thing and the occasion (the deadline, the period), so the same
 * finding is recorded once however often the checks run, while a new occasion of the same thing
 * (the next period's report late, the next term's deadline) is a new finding.
 */
@Entity
@Table(name = "finding")
public class Finding {

  /** What a finding is about, and so where its link leads. */
  public enum Subject {
    CONTRACT,
    VENDOR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
  @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
  private Long id;

  @Column(name = "finding_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  private Subject subject;

  /** The contract's or the vendor's id, as {@link #subject} says. */
  @Column(name = "subject_id")
  private Long subjectId;

  @Column(name = "vendor_id")
  private Long vendorId;

  @Column(name = "vendor_name")
  private String vendorName;

  /** The contract's reference; null for a finding about a vendor. */
  @Column(name = "contract_reference")
  private String contractReference;

  /** The day it is about: the deadline, the term's end, the day a report or condition was due. */
  @Column(name = "due_on")
  private LocalDate dueOn;

  /** What else names the occasion: the period of a late report, the condition's text; or null. */
  private String detail;

  @Column(name = "found_at")
  private Instant foundAt;

  protected Finding() {}

  Finding(
      NotificationKind kind,
      Subject subject,
      Long subjectId,
      Long vendorId,
      String vendorName,
      String contractReference,
      LocalDate dueOn,
      String detail,
      String occasion) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = subject;
    this.subjectId = subjectId;
    this.vendorId = vendorId;
    this.vendorName = vendorName;
    this.contractReference = contractReference;
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.detail = detail;
    this.key = kind + ":" + subjectId + ":" + occasion;
  }

  /** Recorded now, by the check that found it. */
  public void foundAt(Instant at) {
    foundAt = at;
  }

  public Long id() {
    return id;
  }

  /** Equal for the same kind, thing and occasion: what makes a finding recorded once. */
  public String key() {
    return key;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Subject subject() {
    return subject;
  }

  public Long subjectId() {
    return subjectId;
  }

  public Long vendorId() {
    return vendorId;
  }

  public String vendorName() {
    return vendorName;
  }

  public String contractReference() {
    return contractReference;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String detail() {
    return detail;
  }

  public Instant foundAt() {
    return foundAt;
  }

  @Override
  public String toString() {
    return key;
  }
}
