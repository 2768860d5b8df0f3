package io.outsight.reporting.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.metric.Period;
import io.outsight.core.report.ContractReport;
import io.outsight.core.report.ContractReports;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;

/** A contract's success report over a range of its periods, for everyone who may read contracts. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class SuccessReports {

  @EJB private ReportInputs inputs;

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ContractReport report(long contractId, Period from, Period to) {
    return ContractReports.of(inputs.reportInput(contractId, from, to));
  }
}
