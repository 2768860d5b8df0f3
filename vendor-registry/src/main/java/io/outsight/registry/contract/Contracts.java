package io.outsight.registry.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.costmodel.ScenarioRevision;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.DeclaredParameters;
import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vendor contracts: procurement drafts, amends and moves them through their lifecycle; everyone
 * signed in reads them. A contract is activated only with a vendor that due diligence approved, and
 * activating the first one makes the vendor active.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Contracts {

  private static final String SUMMARY =
      "select new io.outsight.registry.contract.ContractSummary(c.id, c.reference, c.vendorId, v.name,"
          + " c.scope, c.scopeDetail, c.startsOn, c.endsOn, c.evergreen, c.compensationModel, c.status) from Contract c, Vendor v"
          + " where v.id = c.vendorId";

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private VendorRepository vendors;

  @Inject private InstalledMetrics installed;

  @EJB private Extensions extensions;

  @Inject private AuditRecorder audit;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /**
   * Drafts a contract with a vendor.
   *
   * @return the new contract's id
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long draft(long vendorId, @NotNull @Valid TermSheet terms) {
    vendor(vendorId).mayBeContracted();
    referenceIsFree(terms.getReference(), null);
    Contract contract = Contract.draft(vendorId, terms, caller(), clock.now());
    checkExtensions(contract);
    takesNothingDisabled(contract, null);
    takeInHouseAlternative(contract);
    em.persist(contract);
    audit.record(caller(), "Contract", contract.id(), "DRAFTED", null, ContractState.of(contract));
    return contract.id();
  }

  /** New terms for a contract, refused when someone else saved it since {@code seenVersion}. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ContractDetails amend(long contractId, long seenVersion, @NotNull @Valid TermSheet terms) {
    Contract contract = current(contractId, seenVersion);
    ContractState before = ContractState.of(contract);
    referenceIsFree(terms.getReference(), contract.id());
    contract.amend(
        terms,
        em.createQuery(
                    "select count(s) from Settlement s where s.contractId = :contract", Long.class)
                .setParameter("contract", contractId)
                .getSingleResult()
            > 0);
    checkExtensions(contract);
    takesNothingDisabled(contract, before.terms());
    takeInHouseAlternative(contract);
    audit.record(caller(), "Contract", contractId, "AMENDED", before, ContractState.of(contract));
    return saved(contract);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ContractDetails moveTo(
      long contractId, long seenVersion, @NotNull ContractStatus target, String reason) {
    Contract contract = current(contractId, seenVersion);
    ContractState before = ContractState.of(contract);
    if (target == ContractStatus.ACTIVE && contract.status() == ContractStatus.DRAFT) {
      activateVendor(vendor(contract.vendorId()));
    }
    contract.moveTo(target, reason, clock.today());
    audit.record(
        caller(), "Contract", contractId, "STATUS_CHANGED", before, ContractState.of(contract));
    return saved(contract);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<ContractDetails> details(long contractId) {
    return Optional.ofNullable(em.find(Contract.class, contractId)).map(this::details);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<ContractDetails> byReference(String reference) {
    return em.createQuery("select c from Contract c where c.reference = :reference", Contract.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst()
        .map(this::details);
  }

  /**
   * Contracts by reference, optionally of one vendor, optionally in some states only (none given:
   * all).
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ContractSummary> list(
      Long vendorId, Set<ContractStatus> statuses, int first, int pageSize) {
    return filtered(
            SUMMARY + " and", vendorId, statuses, " order by c.reference", ContractSummary.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public long count(Long vendorId, Set<ContractStatus> statuses) {
    return filtered("select count(c) from Contract c where", vendorId, statuses, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, Long vendorId, Set<ContractStatus> statuses, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" 1 = 1");
    if (vendorId != null) {
      jpql.append(" and c.vendorId = :vendor");
    }
    if (!statuses.isEmpty()) {
      jpql.append(" and c.status in :statuses");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (vendorId != null) {
      query.setParameter("vendor", vendorId);
    }
    if (!statuses.isEmpty()) {
      query.setParameter("statuses", statuses);
    }
    return query;
  }

  /**
   * Running contracts whose current term ends, or whose last day to give notice falls, within
   * {@code days} from today.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ContractDetails> upcoming(int days) {
    LocalDate today = clock.today();
    LocalDate horizon = today.plusDays(days);
    return em.createQuery(
            "select c from Contract c where c.status in :running order by c.reference",
            Contract.class)
        .setParameter("running", ContractStatus.runningStates())
        .getResultStream()
        .map(this::details)
        .filter(
            contract ->
                within(contract.noticeDeadline(), today, horizon)
                    || within(contract.currentEnd(), today, horizon))
        .toList();
  }

  /** How many contracts are in each state. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Map<ContractStatus, Long> countByStatus() {
    Map<ContractStatus, Long> counts = new EnumMap<>(ContractStatus.class);
    em.createQuery("select c.status, count(c) from Contract c group by c.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((ContractStatus) row[0], (Long) row[1]));
    return counts;
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
    return day != null && !day.isBefore(from) && !day.isAfter(until);
  }

  /** The contract's start makes its approved vendor active, audited. */
  private void activateVendor(Vendor vendor) {
    VendorDetails before = VendorDetails.of(vendor);
    vendor.contractStarted();
    if (!VendorDetails.of(vendor).equals(before)) {
      audit.record(
          caller(), "Vendor", vendor.id(), "STATUS_CHANGED", before, VendorDetails.of(vendor));
    }
  }

  /**
   * The compensation model and the targeted metrics must be installed, the model's parameters take
   * the values given (or their defaults), and the model must accept the terms.
   */
  private void checkExtensions(Contract contract) {
    CompensationModel model =
        installed
            .compensationModel(contract.compensation().modelId())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "contract.unknown-model",
                        "No compensation model "
                            + contract.compensation().modelId()
                            + " is installed",
                        List.of(contract.compensation().modelId())));
    contract.takeParameters(
        DeclaredParameters.valuesFor(
            "contract.parameter", model.parameters(), contract.compensation().parameters()));
    for (KpiTarget kpi : contract.kpis()) {
      if (installed.catalogue().find(kpi.getMetricId()).isEmpty()) {
        throw new RuleViolation(
            "contract.unknown-metric",
            "No metric " + kpi.getMetricId() + " is installed",
            List.of(kpi.getMetricId()));
      }
    }
    try {
      // A payout for an empty period runs the model's own checks of the terms without paying
      // anything.
      model.payoutFor(contract.compensation(), PeriodResults.NONE);
    } catch (IllegalArgumentException refused) {
      throw new RuleViolation("contract.compensation", refused.getMessage(), List.of(model.id()));
    }
  }

  /**
   * A contribution an administrator took out of new use is taken by no contract that did not use it
   * before: as its compensation model or for a new KPI target.
   */
  private void takesNothingDisabled(Contract contract, TermSheet before) {
    String model = contract.compensation().modelId();
    if ((before == null || !before.getCompensationModel().equals(model))
        && extensions.isDisabled(CompensationModel.class, model)) {
      throw new RuleViolation(
          "contract.model-disabled",
          "The compensation model " + model + " is disabled for new contracts",
          List.of(model));
    }
    Set<String> targetedBefore =
        before == null
            ? Set.of()
            : before.getKpis().stream().map(KpiTarget::getMetricId).collect(Collectors.toSet());
    for (KpiTarget kpi : contract.kpis()) {
      // by the metric's id, however the target names it (an alias, its name)
      String metric =
          installed
              .catalogue()
              .find(kpi.getMetricId())
              .map(MetricDefinition::id)
              .orElse(kpi.getMetricId());
      if (!targetedBefore.contains(kpi.getMetricId())
          && extensions.isDisabled(MetricDefinition.class, metric)) {
        throw new RuleViolation(
            "contract.metric-disabled",
            "The metric " + metric + " is disabled for new targets",
            List.of(metric));
      }
    }
  }

  private void referenceIsFree(String reference, Long contractId) {
    List<Long> holders =
        em.createQuery("select c.id from Contract c where c.reference = :reference", Long.class)
            .setParameter("reference", reference.strip())
            .getResultList();
    if (holders.stream().anyMatch(holder -> !holder.equals(contractId))) {
      throw new RuleViolation(
          "contract.reference-taken",
          "Another contract is already " + reference.strip(),
          List.of(reference.strip()));
    }
  }

  private Contract current(long contractId, long seenVersion) {
    Contract contract = ContractLookup.found(em, contractId);
    if (contract.version() != seenVersion) {
      throw changedMeanwhile(contract.version());
    }
    return contract;
  }

  /**
   * Writes the change now, so that a concurrent save caught by the version column is refused here
   * with the rule.
   */
  private ContractDetails saved(Contract contract) {
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(contract.version());
    }
    return details(contract);
  }

  private static RuleViolation changedMeanwhile(long version) {
    return new RuleViolation(
        "contract.changed-meanwhile",
        "Someone else saved this contract meanwhile: reload it",
        List.of(String.valueOf(version)));
  }

  private ContractDetails details(Contract contract) {
    return ContractDetails.of(contract, vendor(contract.vendorId()).name(), clock.today());
  }

  private Vendor vendor(long vendorId) {
    return vendors
        .find(vendorId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "vendor.unknown", "No vendor " + vendorId, List.of(String.valueOf(vendorId))));
  }

  /** A contract linked to a cost scenario revision takes its in-house alternative from it. */
  private void takeInHouseAlternative(Contract contract) {
    contract
        .costScenarioRevisionId()
        .ifPresent(
            id ->
                contract.takeInHouseAlternativeFrom(
                    Optional.ofNullable(em.find(ScenarioRevision.class, id))
                        .orElseThrow(
                            () ->
                                new RuleViolation(
                                    "contract.scenario-unknown",
                                    "No cost scenario revision " + id,
                                    List.of(String.valueOf(id))))));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
