package io.outsight.core.extension;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A contribution an administrator took out of new use: not offered for new contracts, targets,
 * reports or assessments, while those that use it already keep it and say it is disabled. Enabling
 * it again removes the row; the audit trail keeps both.
 */
@Entity
@Table(name = "disabled_extension")
public class DisabledExtension {

  @Id
  @Column(name = "extension_key")
  private String extensionKey;

  @Column(name = "extension_point")
  private String point;

  @Column(name = "extension_id")
  private String extensionId;

  @Column(name = "disabled_by")
  private String disabledBy;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  protected DisabledExtension() {}

  public DisabledExtension(
      String point, String extensionId, String disabledBy, Instant disabledAt) {
    this.extensionKey = keyOf(point, extensionId);
    this.point = Objects.requireNonNull(point, "point");
    this.extensionId = Objects.requireNonNull(extensionId, "id");
    this.disabledBy = Objects.requireNonNull(disabledBy, "by");
    this.disabledAt = Objects.requireNonNull(disabledAt, "at");
  }

  /** How a contribution is named across points: its point's name and its id. */
  public static String keyOf(String point, String extensionId) {
    return point + "/" + extensionId;
  }
}
