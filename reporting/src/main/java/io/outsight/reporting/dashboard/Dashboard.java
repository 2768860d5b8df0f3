package io.outsight.reporting.dashboard;

import io.outsight.core.access.Roles;
import io.outsight.core.report.PortfolioDashboard;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.audit.KeptFigures;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.vendor.Vendors;
import io.outsight.reporting.concentration.BusinessConcentrations;
import io.outsight.reporting.contract.ReportInputs;
import io.outsight.reporting.settlement.Invoices;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The home page's figures: the portfolio over the running contracts' last twelve periods, and what
 * needs attention, computed once a change to the registry.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Dashboard {

  private static final int PERIODS = 12;

  static final int UPCOMING_DAYS = 90;

  @EJB private ReportInputs inputs;

  @EJB private Vendors vendors;

  @EJB private DueDiligence dueDiligence;

  @EJB private LedgerReads ledger;

  @EJB private Contracts contracts;

  @EJB private Invoices invoices;

  @EJB private BusinessConcentrations concentrations;

  @EJB private ApprovalConditions approvalConditions;

  @EJB private ClauseChecks clauseChecks;

  @Inject private KeptFigures kept;

  @Inject private PortalClock clock;

  /**
   * The figures as of the registry's last change, in a transaction of their own: what is kept for
   * everyone must never have been read from a change still uncommitted.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public HomeFigures figures() {
    return kept.of(HomeFigures.class, HomeFigures.class, this::compute);
  }

  private HomeFigures compute() {
    return new HomeFigures(
        vendors.count(VendorSearch.ALL),
        PortfolioDashboard.of(inputs.recentReportInputs(PERIODS), clock.today()),
        contracts.countByStatus(),
        contracts.upcoming(UPCOMING_DAYS),
        dueDiligence.overdueReassessments().stream().map(VendorDetails::of).toList(),
        ledger.lateReports(null),
        invoices.toCheck(),
        concentrations.current(),
        approvalConditions.open(),
        clauseChecks.standing());
  }
}
