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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A results file imported in the background: how much of it has been read, and how the import
 * ended, told in the outcome (the receipt, the problems or the failure, as JSON). The ledger takes
 * the file in one transaction of its own; this record is kept beside it, so it outlives a refusal.
 */
@Entity
@Table(name = "result_import")
public class ResultImport {

  /** How long a running import's instance may be silent before the import counts as interrupted. */
  public static final Duration SILENCE_BEFORE_INTERRUPTED = Duration.ofMinutes(1);

  // a sequence, not an identity column: EclipseLink asks H2 2 for IDENTITY(), which it no longer
  // has
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_import_seq")
  @SequenceGenerator(
      name = "result_import_seq",
      sequenceName = "result_import_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "contract_reference")
  private String contractReference;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  private ImportState state;

  @Column(name = "bytes_total")
  private long bytesTotal;

  @Column(name = "bytes_read")
  private long bytesRead;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String outcome;

  protected ResultImport() {}

  /**
   * @param contractReference the contract the file is for when it has no contract column, or null
   */
  public ResultImport(
      String fileName, String contractReference, String submittedBy, long bytesTotal, Instant now) {
    this.fileName = fileName;
    this.contractReference = contractReference;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.bytesTotal = bytesTotal;
    this.state = ImportState.RUNNING;
    this.heartbeatAt = now;
  }

  /** How much of the file the ledger has read. */
  public void advance(long read, Instant now) {
    if (state == ImportState.RUNNING) {
      bytesRead = Math.min(read, bytesTotal);
      heartbeatAt = now;
    }
  }

  /**
   * How the import ended: the ledger stored the file, refused it, or failed.
   *
   * @param read how much of the file the ledger had read when it ended: a file refused for its
   *     lines is read to its end; one refused for its headings, its encoding or a line too long, or
   *     one that failed, may not be; and the last progress told may be older than either
   */
  public void finish(ImportState end, String outcomeJson, long read, Instant now) {
    if (end == ImportState.RUNNING || end == ImportState.INTERRUPTED) {
      throw new IllegalArgumentException("an import ends stored, rejected or failed, not " + end);
    }
    if (state != ImportState.RUNNING) {
      throw new IllegalStateException("import " + id + " has ended already: " + state);
    }
    state = end;
    outcome = outcomeJson;
    finishedAt = now;
    bytesRead = end == ImportState.STORED ? bytesTotal : Math.min(read, bytesTotal);
  }

  /**
   * The state as a reader sees it at {@code now}: a running import whose instance fell silent was
   * interrupted.
   */
  public ImportState stateAt(Instant now) {
    return state == ImportState.RUNNING
            && heartbeatAt.plus(SILENCE_BEFORE_INTERRUPTED).isBefore(now)
        ? ImportState.INTERRUPTED
        : state;
  }

  /** How much of the file is read, 0 to 100; 100 only once the import has ended. */
  public int percentAt(Instant now) {
    if (stateAt(now).finished()) {
      return 100;
    }
    return bytesTotal == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / bytesTotal);
  }

  public long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public Optional<String> contractReference() {
    return Optional.ofNullable(contractReference);
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public long bytesTotal() {
    return bytesTotal;
  }

  public long bytesRead() {
    return bytesRead;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }
}
