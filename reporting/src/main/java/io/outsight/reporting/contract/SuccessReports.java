package io.outsight.reporting.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.registry.audit.KeptFigures;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A contract's success report over a range of its periods, for everyone who may read contracts. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class SuccessReports {

  @EJB private ReportInputs inputs;

  @EJB private LedgerReads reads;

  @Inject private KeptFigures kept;

  private record Shown(long contractId, Period from, Period to) {}

  /**
   * The report as of the registry's last change, kept for the next who opens it, in a transaction
   * of its own: what is kept must never have been read from a change still uncommitted.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ContractReport report(long contractId, Period from, Period to) {
    return kept.of(
        new Shown(contractId, from, to),
        ContractReport.class,
        () -> ContractReports.of(inputs.reportInput(contractId, from, to)));
  }

  /**
   * What the vendor reported beside what our CRM counted, over every period a report can cover
   * today, where the CRM counted, newest first.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ReconciliationLine> reconciliation(long contractId) {
    List<Period> reportable = reads.reportablePeriods(contractId);
    if (reportable.isEmpty()) {
      return List.of();
    }
    Period first = reportable.get(0);
    Period last = reportable.get(reportable.size() - 1);
    ReportInput input = inputs.payoutInput(contractId, first, last);
    List<ReconciliationLine> lines =
        new ArrayList<>(input.crm().reconcile(input.results(), first, last));
    Collections.reverse(lines);
    return lines;
  }

  /**
   * The spend of every period a report can cover today, settled or open, newest first, after the
   * periods settled after a fixed-term contract's term for the adjustments they carried, and first
   * the adjustments waiting for the next period to be settled, if any wait.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<PeriodSpend> payouts(long contractId) {
    List<Period> reportable = reads.reportablePeriods(contractId);
    if (reportable.isEmpty()) {
      return List.of();
    }
    ReportInput input =
        inputs.payoutInput(contractId, reportable.get(0), reportable.get(reportable.size() - 1));
    List<PeriodSpend> spend =
        new ArrayList<>(ContractReports.payouts(input, LocalDate.MIN, LocalDate.MAX));
    Collections.reverse(spend);
    return spend;
  }
}
