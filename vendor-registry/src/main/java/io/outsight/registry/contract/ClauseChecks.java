package io.outsight.registry.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.contract.ClauseAcceptance;
import io.outsight.core.contract.ClauseContradiction;
import io.outsight.core.contract.ClauseFinding;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractClauses;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What due diligence means for contracts: the clauses a new contract with a vendor starts with, and
 * the contradictions between a contract's clauses and what the vendor answered, until they are
 * resolved (the clause or the answer changes) or accepted with a reason.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ClauseChecks {

  private static final Set<AssessmentStatus> APPROVING =
      Set.of(AssessmentStatus.APPROVED, AssessmentStatus.CONDITIONALLY_APPROVED);

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * The clauses a contract drafted with the vendor starts with; none without an approved due
   * diligence.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public Optional<ContractClauses> impliedFor(long vendorId) {
    return latestApproved(List.of(vendorId)).values().stream()
        .findFirst()
        .map(assessment -> ContractClauses.impliedBy(assessment.answers()));
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ClauseReview review(long contractId) {
    return review(ContractLookup.found(em, contractId));
  }

  /**
   * Contracts not yet ended with a contradiction no one has accepted, by reference. Only the
   * contracts of vendors whose due diligence some clause could contradict are read.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ClauseReview> standing() {
    Map<Long, Assessment> dueDiligence = latestApproved(null);
    List<Long> vendorIds =
        dueDiligence.values().stream()
            .filter(assessment -> ClauseContradiction.possibleWith(assessment.answers()))
            .map(assessment -> assessment.vendorId().orElseThrow())
            .toList();
    if (vendorIds.isEmpty()) {
      return List.of();
    }
    List<Contract> contracts =
        em.createQuery(
                "select c from Contract c where c.vendorId in :vendors and c.status not in :ended"
                    + " order by c.reference",
                Contract.class)
            .setParameter("vendors", vendorIds)
            .setParameter("ended", Set.of(ContractStatus.TERMINATED, ContractStatus.EXPIRED))
            .getResultList();
    return reviews(contracts, dueDiligence).stream()
        .filter(review -> !review.standing().isEmpty())
        .toList();
  }

  /**
   * Accepts a contradiction the contract has now, with a reason, against the due diligence it
   * contradicts.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ClauseReview accept(long contractId, ClauseContradiction contradiction, String reason) {
    Contract contract = ContractLookup.locked(em, contractId);
    ClauseReview before = review(contract);
    if (before.findings().stream()
        .anyMatch(finding -> finding.contradiction() == contradiction && finding.isAccepted())) {
      throw new RuleViolation(
          "clause.accepted-already",
          "The contradiction on " + contradiction + " was accepted before",
          List.of(contradiction.name()));
    }
    ClauseAcceptance acceptance =
        ClauseAcceptance.of(
            contractId,
            before.assessmentId() == null ? 0 : before.assessmentId(),
            contradiction,
            before.standing().stream().map(ClauseFinding::contradiction).toList(),
            reason,
            caller(),
            clock.now());
    em.persist(acceptance);
    ClauseReview after = review(contract);
    audit.record(caller(), "Contract", contractId, "CLAUSE_ACCEPTED", before, after);
    return after;
  }

  private ClauseReview review(Contract contract) {
    return reviews(List.of(contract), latestApproved(List.of(contract.vendorId()))).get(0);
  }

  /** The contracts' clauses against their vendors' due diligence, given by the vendor. */
  private List<ClauseReview> reviews(List<Contract> contracts, Map<Long, Assessment> dueDiligence) {
    if (contracts.isEmpty()) {
      return List.of();
    }
    List<Long> vendorIds = contracts.stream().map(Contract::vendorId).distinct().toList();
    Map<Long, String> vendorNames =
        em.createQuery("select v.id, v.name from Vendor v where v.id in :ids", Object[].class)
            .setParameter("ids", vendorIds)
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    Map<Long, List<ClauseAcceptance>> acceptances =
        em.createQuery(
                "select a from ClauseAcceptance a where a.contractId in :contracts",
                ClauseAcceptance.class)
            .setParameter("contracts", contracts.stream().map(Contract::id).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(ClauseAcceptance::contractId));
    return contracts.stream()
        .map(
            contract -> {
              Assessment assessment = dueDiligence.get(contract.vendorId());
              List<ClauseFinding> findings =
                  assessment == null
                      ? List.of()
                      : ClauseContradiction.between(contract.clauses(), assessment.answers())
                          .stream()
                          .map(
                              contradiction ->
                                  acceptances.getOrDefault(contract.id(), List.of()).stream()
                                      .filter(
                                          accepted ->
                                              accepted.assessmentId() == assessment.id()
                                                  && accepted.contradiction() == contradiction)
                                      .findFirst()
                                      .map(ClauseFinding::accepted)
                                      .orElseGet(() -> ClauseFinding.standing(contradiction)))
                          .toList();
              return new ClauseReview(
                  contract.id(),
                  contract.reference(),
                  contract.vendorId(),
                  vendorNames.get(contract.vendorId()),
                  assessment == null ? null : assessment.id(),
                  findings);
            })
        .toList();
  }

  /** Each vendor's latest approving due diligence, by the vendor; every vendor's for null. */
  private Map<Long, Assessment> latestApproved(List<Long> vendorIds) {
    TypedQuery<Assessment> query =
        em.createQuery(
                "select a from Assessment a where a.kind = :kind and a.status in :approving"
                    + (vendorIds == null ? "" : " and a.vendorId in :vendors"),
                Assessment.class)
            .setParameter("kind", AssessmentKind.VENDOR_DUE_DILIGENCE)
            .setParameter("approving", APPROVING)
            // the answers of every assessment read in one more query, not one each
            .setHint("eclipselink.batch", "a.answers")
            .setHint("eclipselink.batch.type", "IN");
    if (vendorIds != null) {
      query.setParameter("vendors", vendorIds);
    }
    return query
        .getResultStream()
        .collect(
            Collectors.toMap(
                assessment -> assessment.vendorId().orElseThrow(),
                Function.identity(),
                BinaryOperator.maxBy(
                    Comparator.comparing(
                        (Assessment assessment) -> assessment.reviewedAt().orElseThrow()))));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
