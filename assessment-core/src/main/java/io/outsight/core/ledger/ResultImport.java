package io.outsight.core.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A results file or API batch taken into the ledger whole. Its SHA-256 digest is unique, so the
 * same file is never taken twice, and each value it brought names it and its line.
 */
@Entity
@Table(name = "result_import")
public class ResultImport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_sha256")
  private String contentSha256;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "value_count")
  private int valueCount;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at")
  private Instant importedAt;

  protected ResultImport() {}

  public ResultImport(String fileName, String contentSha256, ResultSource source, String importedBy, Instant importedAt) {
    this.fileName = fileName;
    this.contentSha256 = contentSha256;
    this.source = source;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  public void counted(int values) {
    this.valueCount = values;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String contentSha256() {
    return contentSha256;
  }

  public ResultSource source() {
    return source;
  }

  public int valueCount() {
    return valueCount;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }
}
