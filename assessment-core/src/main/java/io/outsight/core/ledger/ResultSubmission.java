package io.outsight.core.ledger;

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
import java.util.Optional;

/**
 * What someone gave the ledger at once: a results file, an API batch or a save of the grid, taken
 * whole or not at all. Each value it brought names it, and for a file its line. A file's SHA-256
 * digest is unique, so the same file is never taken twice.
 */
@Entity
@Table(name = "result_submission")
public class ResultSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_submission_seq")
  @SequenceGenerator(
      name = "result_submission_seq",
      sequenceName = "result_submission_seq",
      allocationSize = 50)
  private Long id;

  /** The longest file name kept, as the column holds it. */
  public static final int FILE_NAME_LENGTH = 255;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_sha256")
  private String contentSha256;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "value_count")
  private int valueCount;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected ResultSubmission() {}

  public ResultSubmission(
      String fileName, ResultSource source, String submittedBy, Instant submittedAt) {
    this.fileName = fileName;
    this.source = source;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  /**
   * Records what the submission stored, and for a file its digest, by which it is recognised if it
   * comes again.
   */
  public void completed(int values, String sha256) {
    this.valueCount = values;
    this.contentSha256 = sha256;
  }

  public Long id() {
    return id;
  }

  /** The file's name, for a file. */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /** The file's digest, for a file. */
  public Optional<String> contentSha256() {
    return Optional.ofNullable(contentSha256);
  }

  public ResultSource source() {
    return source;
  }

  public int valueCount() {
    return valueCount;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
