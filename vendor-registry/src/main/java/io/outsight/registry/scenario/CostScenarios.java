package io.outsight.registry.scenario;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.costmodel.CostModel;
import io.outsight.core.costmodel.CostScenario;
import io.outsight.core.costmodel.ScenarioRevision;
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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cost scenarios: procurement saves a calculation under a name and saves it again as it learns
 * more, each save a new revision, the earlier ones kept; everyone signed in reads and compares
 * them.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class CostScenarios {

  private static final String REVISIONS =
      "select r, s from ScenarioRevision r, CostScenario s where s.id = r.scenarioId";

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * Saves a calculation as a new scenario, its first revision.
   *
   * @param inputs the calculation's inputs as the API states them, to reopen it with
   * @throws RuleViolation {@code scenario.readiness-unknown} for a readiness assessment that does
   *     not exist
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ScenarioDetails save(
      String name, Long readinessAssessmentId, String inputs, CostModel model) {
    readinessExists(readinessAssessmentId);
    CostScenario scenario = CostScenario.named(name, caller(), clock.now());
    em.persist(scenario);
    ScenarioDetails saved = revised(scenario, name, readinessAssessmentId, inputs, model);
    audit.record(caller(), "CostScenario", scenario.id(), "SAVED", null, saved.state());
    return saved;
  }

  /**
   * Saves a calculation as the scenario's next revision, refused when someone else saved it since
   * {@code seenVersion}.
   *
   * @throws RuleViolation {@code scenario.changed-meanwhile}, {@code scenario.unknown}, {@code
   *     scenario.readiness-unknown}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public ScenarioDetails revise(
      long scenarioId,
      long seenVersion,
      String name,
      Long readinessAssessmentId,
      String inputs,
      CostModel model) {
    readinessExists(readinessAssessmentId);
    CostScenario scenario = em.find(CostScenario.class, scenarioId);
    if (scenario == null) {
      throw unknown(scenarioId);
    }
    if (scenario.version() != seenVersion) {
      throw changedMeanwhile(scenario.version());
    }
    ScenarioDetails before = latest(scenario);
    ScenarioDetails saved = revised(scenario, name, readinessAssessmentId, inputs, model);
    audit.record(caller(), "CostScenario", scenarioId, "REVISED", before.state(), saved.state());
    return saved;
  }

  /** Every revision of every scenario, scenarios by name, each one's newest revision first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ScenarioDetails> revisions() {
    return details(
        em.createQuery(REVISIONS + " order by s.name, s.id, r.revision desc", Object[].class)
            .getResultList());
  }

  /** Each scenario's newest revision, by name. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ScenarioDetails> latest() {
    return details(
        em.createQuery(
                REVISIONS + " and r.revision = s.latestRevision order by s.name, s.id",
                Object[].class)
            .getResultList());
  }

  /** A scenario's revision, its newest when {@code revision} is null. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<ScenarioDetails> revision(long scenarioId, Integer revision) {
    TypedQuery<Object[]> query =
        em.createQuery(
                REVISIONS
                    + " and s.id = :scenario and r.revision = "
                    + (revision == null ? "s.latestRevision" : ":revision"),
                Object[].class)
            .setParameter("scenario", scenarioId);
    if (revision != null) {
      query.setParameter("revision", revision);
    }
    return details(query.getResultList()).stream().findFirst();
  }

  /** The revision a contract links to, by its own id. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<ScenarioDetails> revisionById(long revisionId) {
    return details(
            em.createQuery(REVISIONS + " and r.id = :revision", Object[].class)
                .setParameter("revision", revisionId)
                .getResultList())
        .stream()
        .findFirst();
  }

  private ScenarioDetails revised(
      CostScenario scenario,
      String name,
      Long readinessAssessmentId,
      String inputs,
      CostModel model) {
    ScenarioRevision revision =
        scenario.revise(name, readinessAssessmentId, inputs, model, caller(), clock.now());
    // the scenario's row first: a colleague saving meanwhile waits for it and then finds its
    // version moved on, before either adds a revision of the same number
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(scenario.version());
    }
    em.persist(revision);
    em.flush();
    return latest(scenario);
  }

  private ScenarioDetails latest(CostScenario scenario) {
    return revision(scenario.id(), null).orElseThrow();
  }

  private void readinessExists(Long assessmentId) {
    if (assessmentId == null) {
      return;
    }
    Assessment assessment = em.find(Assessment.class, assessmentId);
    if (assessment == null || assessment.kind() != AssessmentKind.READINESS) {
      throw new RuleViolation(
          "scenario.readiness-unknown",
          "No readiness assessment " + assessmentId,
          List.of(String.valueOf(assessmentId)));
    }
  }

  private List<ScenarioDetails> details(List<Object[]> rows) {
    Map<Long, String> decisions = new HashMap<>();
    em.createQuery("select a.id, a.title from Assessment a where a.kind = :kind", Object[].class)
        .setParameter("kind", AssessmentKind.READINESS)
        .getResultStream()
        .forEach(row -> decisions.put((Long) row[0], (String) row[1]));
    Map<Long, List<String>> contracts = new HashMap<>();
    em.createQuery(
            "select c.costScenarioRevisionId, c.reference from Contract c"
                + " where c.costScenarioRevisionId is not null order by c.reference",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                contracts
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return rows.stream()
        .map(
            row -> {
              ScenarioRevision revision = (ScenarioRevision) row[0];
              CostScenario scenario = (CostScenario) row[1];
              return ScenarioDetails.of(
                  revision,
                  scenario.version(),
                  scenario.latestRevision(),
                  decisions.get(revision.readinessAssessmentId()),
                  contracts.getOrDefault(revision.id(), List.of()));
            })
        .toList();
  }

  private static RuleViolation unknown(long scenarioId) {
    return new RuleViolation(
        "scenario.unknown", "No cost scenario " + scenarioId, List.of(String.valueOf(scenarioId)));
  }

  private static RuleViolation changedMeanwhile(long version) {
    return new RuleViolation(
        "scenario.changed-meanwhile",
        "Someone else saved this scenario meanwhile: reopen it",
        List.of(String.valueOf(version)));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
