package io.outsight.core.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A report file the portal wrote: which report, in which format, for whom and when, and the SHA-256
 * digest of its bytes, by which a file someone holds is recognised as genuine.
 */
@Entity
@Table(name = "report_export")
public class ReportExport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_export_seq")
  @SequenceGenerator(
      name = "report_export_seq",
      sequenceName = "report_export_seq",
      allocationSize = 50)
  private Long id;

  private String sha256;

  private String exporter;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "period_from")
  private String periodFrom;

  @Column(name = "period_to")
  private String periodTo;

  @Column(name = "byte_count")
  private long byteCount;

  @Column(name = "generated_by")
  private String generatedBy;

  @Column(name = "generated_at")
  private Instant generatedAt;

  /** The longest description of the client that the register keeps. */
  public static final int CLIENT_LENGTH = 255;

  @Column(name = "requested_by_client")
  private String client;

  protected ReportExport() {}

  /**
   * @param contractId the contract reported on, or null for a portfolio export of every contract
   * @param client where the request came from and with what, as "API · curl/8.5.0" (cut to {@link
   *     #CLIENT_LENGTH})
   */
  public ReportExport(
      String sha256,
      String exporter,
      String fileName,
      Long contractId,
      String periodFrom,
      String periodTo,
      long byteCount,
      String generatedBy,
      Instant generatedAt,
      String client) {
    this.sha256 = sha256;
    this.exporter = exporter;
    this.fileName = fileName;
    this.contractId = contractId;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.byteCount = byteCount;
    this.generatedBy = generatedBy;
    this.generatedAt = generatedAt;
    this.client = client.length() > CLIENT_LENGTH ? client.substring(0, CLIENT_LENGTH) : client;
  }

  public Long id() {
    return id;
  }

  public String sha256() {
    return sha256;
  }

  public String exporter() {
    return exporter;
  }

  public String fileName() {
    return fileName;
  }

  public Optional<Long> contractId() {
    return Optional.ofNullable(contractId);
  }

  public String periodFrom() {
    return periodFrom;
  }

  public String periodTo() {
    return periodTo;
  }

  public long byteCount() {
    return byteCount;
  }

  public String generatedBy() {
    return generatedBy;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public String client() {
    return client;
  }
}
