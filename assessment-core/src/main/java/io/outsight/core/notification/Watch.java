package io.outsight.core.notification;

import io.outsight.core.assessment.ApprovalCondition;
import io.outsight.core.contract.Contract;
import io.outsight.core.settlement.Invoice;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.extension.api.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the scheduled checks: what, on a given day, is worth telling people about. How far
 * ahead each kind looks is configured; a day at the edge of the horizon is within it, a day beyond
 * is not yet, and a day already past is no longer coming but late (where lateness is a finding of
 * its own).
 *
 * @param noticeDays how many days ahead a notice deadline is announced
 * @param termEndDays how many days ahead a term's end is announced
 * @param reassessmentDays how many days ahead a re-assessment coming due is announced
 * @param lateReportDays how many days back a late report is still announced: a portal upgraded to
 *     these checks, or a contract entered long after it began, does not announce every period
 *     missed since its start
 */
public record Watch(int noticeDays, int termEndDays, int reassessmentDays, int lateReportDays) {

  private static final Set<VendorStatus> ASSESSED =
      EnumSet.of(VendorStatus.APPROVED, VendorStatus.CONDITIONALLY_APPROVED, VendorStatus.ACTIVE);

  public Watch {
    if (noticeDays < 0 || termEndDays < 0 || reassessmentDays < 0 || lateReportDays < 0) {
      throw new IllegalArgumentException(
          "the checks look ahead and back zero days or more: "
              + List.of(noticeDays, termEndDays, reassessmentDays, lateReportDays));
    }
  }

  /** A running contract's notice deadline and term end, when near. */
  public List<Finding> contract(Contract contract, String vendorName, LocalDate today) {
    List<Finding> found = new ArrayList<>();
    if (!contract.status().running()) {
      return found;
    }
    within(contract.term().noticeDeadline(today), today, noticeDays)
        .ifPresent(
            deadline ->
                found.add(
                    aboutContract(
                        NotificationKind.NOTICE_DEADLINE, contract, vendorName, deadline)));
    within(contract.term().currentEnd(today), today, termEndDays)
        .ifPresent(
            end ->
                found.add(aboutContract(NotificationKind.TERM_ENDING, contract, vendorName, end)));
    return found;
  }

  /**
   * A report the vendor has not sent for a period whose report was due (which periods are late is
   * the contract's rule: {@link Contract#lateReports}), unless it was due longer ago than the
   * checks look back.
   */
  public Optional<Finding> lateReport(
      Long contractId,
      String contractReference,
      Long vendorId,
      String vendorName,
      String period,
      LocalDate dueOn,
      LocalDate today) {
    if (dueOn.isBefore(today.minusDays(lateReportDays))) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            NotificationKind.REPORT_LATE,
            Finding.Subject.CONTRACT,
            contractId,
            vendorId,
            vendorName,
            contractReference,
            dueOn,
            period,
            period));
  }

  /** A vendor's re-assessment coming due within the horizon, or overdue. */
  public Optional<Finding> reassessment(Vendor vendor, LocalDate today) {
    if (!ASSESSED.contains(vendor.status())) {
      return Optional.empty();
    }
    return vendor
        .reassessmentDue()
        .filter(due -> !due.isAfter(today.plusDays(reassessmentDays)))
        .map(
            due ->
                aboutVendor(
                    due.isBefore(today)
                        ? NotificationKind.REASSESSMENT_OVERDUE
                        : NotificationKind.REASSESSMENT_DUE,
                    vendor,
                    due,
                    null,
                    due.toString()));
  }

  /** A condition of a vendor's approval still open after its due date. */
  public Optional<Finding> condition(ApprovalCondition condition, Vendor vendor, LocalDate today) {
    if (!condition.isOverdue(today)) {
      return Optional.empty();
    }
    return Optional.of(
        aboutVendor(
            NotificationKind.CONDITION_OVERDUE,
            vendor,
            condition.dueOn(),
            condition.description(),
            "condition-" + condition.id()));
  }

  /**
   * An invoice beyond its contract's tolerance of what was settled for its period whose variance
   * nobody has accepted.
   */
  public Optional<Finding> invoiceVariance(
      Invoice invoice, Money settled, Contract contract, String vendorName) {
    if (invoice.acceptance().isPresent()
        || !invoice.exceeds(settled, contract.invoiceTolerancePercent())) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            NotificationKind.INVOICE_VARIANCE,
            Finding.Subject.CONTRACT,
            contract.id(),
            contract.vendorId(),
            vendorName,
            contract.reference(),
            invoice.invoicedOn(),
            invoice.number(),
            "invoice-" + invoice.number()));
  }

  /**
   * Not found by a check but told as it happens: a vendor submitted its answers to an assessment
   * through the link its contact was sent, once per link.
   */
  public static Finding vendorAnswered(Vendor vendor, long linkId, LocalDate on) {
    return aboutVendor(NotificationKind.VENDOR_ANSWERED, vendor, on, null, "link-" + linkId);
  }

  private static Optional<LocalDate> within(Optional<LocalDate> day, LocalDate today, int days) {
    return day.filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(days)));
  }

  private static Finding aboutContract(
      NotificationKind kind, Contract contract, String vendorName, LocalDate day) {
    return new Finding(
        kind,
        Finding.Subject.CONTRACT,
        contract.id(),
        contract.vendorId(),
        vendorName,
        contract.reference(),
        day,
        null,
        day.toString());
  }

  private static Finding aboutVendor(
      NotificationKind kind, Vendor vendor, LocalDate day, String detail, String occasion) {
    return new Finding(
        kind,
        Finding.Subject.VENDOR,
        vendor.id(),
        vendor.id(),
        vendor.name(),
        null,
        day,
        detail,
        occasion);
  }
}
