package io.outsight.reporting.dashboard;

import io.outsight.core.access.Roles;
import io.outsight.core.report.PortfolioDashboard;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.reporting.contract.ReportInputs;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The portfolio dashboard over the running contracts' last twelve periods. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Dashboard {

  private static final int PERIODS = 12;

  @EJB private ReportInputs inputs;

  @Inject private PortalClock clock;

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public PortfolioDashboard portfolio() {
    return PortfolioDashboard.of(inputs.recentReportInputs(PERIODS), clock.today());
  }
}
