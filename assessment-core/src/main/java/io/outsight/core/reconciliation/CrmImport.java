package io.outsight.core.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A CRM export as it was imported: the file, its SHA-256, how many records, by whom and when. */
@Entity
@Table(name = "crm_import")
public class CrmImport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_import_seq")
  @SequenceGenerator(name = "crm_import_seq", sequenceName = "crm_import_seq", allocationSize = 50)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_sha256")
  private String contentSha256;

  @Column(name = "record_count")
  private int records;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at")
  private Instant importedAt;

  protected CrmImport() {}

  public CrmImport(
      String fileName, String contentSha256, int records, String importedBy, Instant importedAt) {
    this.fileName = fileName;
    this.contentSha256 = contentSha256;
    this.records = records;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  public Long id() {
    return id;
  }

  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  public String contentSha256() {
    return contentSha256;
  }

  public int records() {
    return records;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }
}
