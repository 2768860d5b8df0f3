package io.outsight.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding brought to one person: unread in the portal until they mark it read, and e-mailed as
 * they chose when it was found (at once, in the day's digest, or not at all). Mailing is recorded
 * once done, so a mail the server refused is tried again and a mail sent is never sent twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  private String recipient;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "mailed_at")
  private Instant mailedAt;

  protected Notification() {}

  public Notification(Finding finding, String recipient, Delivery delivery, Instant at) {
    this.finding = Objects.requireNonNull(finding, "finding");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.createdAt = at;
  }

  /** Read now, unless it was already: the first reading is the one kept. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public void mailed(Instant at) {
    mailedAt = at;
  }

  public Long id() {
    return id;
  }

  public Finding finding() {
    return finding;
  }

  public String recipient() {
    return recipient;
  }

  public Delivery delivery() {
    return delivery;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean unread() {
    return readAt == null;
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }

  public Optional<Instant> mailedAt() {
    return Optional.ofNullable(mailedAt);
  }
}
