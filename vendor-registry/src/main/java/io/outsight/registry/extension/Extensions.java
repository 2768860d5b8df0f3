package io.outsight.registry.extension;

import io.outsight.core.access.Roles;
import io.outsight.core.extension.DisabledExtension;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.Extension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.report.ReportExporter;
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
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every installed contribution to the suite's extension points, however it was installed, and which
 * of them an administrator took out of new use.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Extensions {

  /** A contribution in or out of new use, as the audit trail records it. */
  public record Use(String extensionPoint, String id, boolean enabled) implements Serializable {}

  /** The points whose contributions an administrator takes out of new use. */
  public static final Set<Class<? extends Extension>> DISABLEABLE =
      Set.of(CompensationModel.class, MetricDefinition.class, ReportExporter.class);

  @Inject private ExtensionRegistry registry;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Resource private SessionContext session;

  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public List<InstalledExtension> installed() {
    Set<String> disabled = disabled();
    return registry.contributions().stream()
        .map(
            contribution ->
                new InstalledExtension(
                    contribution.pointName(),
                    contribution.id(),
                    contribution.displayName(),
                    contribution.name(),
                    contribution.version(),
                    contribution.module(),
                    !contribution.isLoaded()
                        ? InstalledExtension.State.NOT_LOADED
                        : disabled.contains(key(contribution))
                            ? InstalledExtension.State.DISABLED
                            : InstalledExtension.State.LOADED,
                    contribution.refusal()))
        .sorted(
            Comparator.comparing(InstalledExtension::extensionPoint)
                .thenComparing(InstalledExtension::id)
                .thenComparing(InstalledExtension::module))
        .toList();
  }

  /** Whether the contribution at {@code point} is out of new use. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public boolean isDisabled(Class<? extends Extension> point, String id) {
    return em.find(DisabledExtension.class, DisabledExtension.keyOf(point.getSimpleName(), id))
        != null;
  }

  /** The ids of the contributions to {@code point} out of new use. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Set<String> disabledAt(Class<? extends Extension> point) {
    return Set.copyOf(
        em.createQuery(
                "select d.extensionId from DisabledExtension d where d.point = :point",
                String.class)
            .setParameter("point", point.getSimpleName())
            .getResultList());
  }

  /** The loaded contributions to {@code point} in new use, by id. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public <T extends Extension> List<T> enabled(Class<T> point) {
    Set<String> disabled = disabled();
    return registry.loaded(point).stream()
        .filter(
            extension ->
                !disabled.contains(DisabledExtension.keyOf(point.getSimpleName(), extension.id())))
        .toList();
  }

  /** Takes a loaded contribution out of new use, audited; one already out stays so. */
  @RolesAllowed(Roles.ADMIN)
  public void disable(String point, String id) {
    Contribution contribution = loaded(point, id);
    if (!DISABLEABLE.contains(contribution.point())) {
      // a published questionnaire version is the record of assessments answered against it
      throw new RuleViolation(
          "extension.not-disableable",
          "Extensions at " + point + " are not taken out of use",
          List.of(point, id));
    }
    if (em.find(DisabledExtension.class, key(contribution)) != null) {
      return;
    }
    em.persist(new DisabledExtension(point, id, caller(), clock.now()));
    audit.record(
        caller(),
        "Extension",
        key(contribution),
        "DISABLED",
        new Use(point, id, true),
        new Use(point, id, false));
  }

  /** Puts a contribution back into new use, audited; one in use stays so. */
  @RolesAllowed(Roles.ADMIN)
  public void enable(String point, String id) {
    Contribution contribution = loaded(point, id);
    DisabledExtension disabled = em.find(DisabledExtension.class, key(contribution));
    if (disabled == null) {
      return;
    }
    em.remove(disabled);
    audit.record(
        caller(),
        "Extension",
        key(contribution),
        "ENABLED",
        new Use(point, id, false),
        new Use(point, id, true));
  }

  private Contribution loaded(String point, String id) {
    return registry.contributions().stream()
        .filter(Contribution::isLoaded)
        .filter(
            contribution -> contribution.pointName().equals(point) && contribution.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "extension.unknown",
                    "No extension " + id + " is loaded at " + point,
                    List.of(point, id)));
  }

  private Set<String> disabled() {
    return new HashSet<>(
        em.createQuery("select d.extensionKey from DisabledExtension d", String.class)
            .getResultList());
  }

  private static String key(Contribution contribution) {
    return DisabledExtension.keyOf(contribution.pointName(), contribution.id());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
