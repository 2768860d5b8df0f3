package io.outsight.registry.notification;

import io.outsight.core.notification.Finding;
import io.outsight.core.notification.Notification;
import io.outsight.core.notification.NotificationKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as its recipient sees it.
 *
 * @param contractId the contract it is about, or null when it is about a vendor
 */
public record NotificationDetails(
    long id,
    NotificationKind kind,
    Long contractId,
    long vendorId,
    String vendorName,
    String contractReference,
    LocalDate dueOn,
    String detail,
    Instant createdAt,
    boolean unread)
    implements Serializable {

  public static NotificationDetails of(Notification notification) {
    Finding finding = notification.finding();
    return new NotificationDetails(
        notification.id(),
        finding.kind(),
        finding.subject() == Finding.Subject.CONTRACT ? finding.subjectId() : null,
        finding.vendorId(),
        finding.vendorName(),
        finding.contractReference(),
        finding.dueOn(),
        finding.detail(),
        notification.createdAt(),
        notification.unread());
  }
}
