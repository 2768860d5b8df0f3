package io.outsight.reporting.reconciliation;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.reconciliation.CrmFigure;
import io.outsight.core.reconciliation.CrmFile;
import io.outsight.core.reconciliation.CrmImport;
import io.outsight.extension.api.metric.Period;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.ledger.ResultsRejected;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports the company's CRM exports whole or not at all, each file once: its records counted per
 * contract, metric and period, so that reports set them beside the vendors' figures. Procurement
 * and administrators import.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class CrmImports {

  /** A contract's period and a metric: what a figure counts. */
  private record Counted(long contractId, Period period, String metric) {}

  /**
   * An export speaks for whole periods: where it counts a contract's period, a record type it
   * carries elsewhere but not there is a count of zero, so that a vendor's figure the CRM has no
   * record of is seen.
   */
  private static void countNothingAsZero(Map<Counted, BigDecimal> counts) {
    Set<String> metrics = new HashSet<>();
    Set<Counted> periods = new HashSet<>();
    counts
        .keySet()
        .forEach(
            counted -> {
              metrics.add(counted.metric());
              periods.add(new Counted(counted.contractId(), counted.period(), ""));
            });
    for (Counted period : periods) {
      for (String metric : metrics) {
        counts.putIfAbsent(
            new Counted(period.contractId(), period.period(), metric), BigDecimal.ZERO);
      }
    }
  }

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * Imports a CRM export.
   *
   * @throws ResultsRejected with every problem by line and column, or when the same file was
   *     imported before
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public CrmReceipt importFile(String fileName, InputStream content) {
    ResultsRejected.refuseLongName(fileName);
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    Map<Counted, BigDecimal> counts = new HashMap<>();
    SpreadsheetFile.Reading reading;
    try {
      reading =
          new CrmFile(
                  reference ->
                      contracts.computeIfAbsent(
                          reference, known -> ContractLookup.byReference(em, known)),
                  clock.today())
              .read(
                  content,
                  record ->
                      record
                          .counts()
                          .forEach(
                              (metric, value) ->
                                  counts.merge(
                                      new Counted(record.contract().id(), record.period(), metric),
                                      value,
                                      BigDecimal::add)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    em.createQuery("select i from CrmImport i where i.contentSha256 = :digest", CrmImport.class)
        .setParameter("digest", reading.sha256())
        .getResultStream()
        .findFirst()
        .ifPresent(
            earlier -> {
              throw new ResultsRejected(
                  List.of(
                      new ImportProblem(
                          0,
                          0,
                          "",
                          "already-imported",
                          List.of(
                              earlier.fileName().orElse(""),
                              earlier.importedBy(),
                              earlier.importedAt().toString()))),
                  1,
                  false);
            });
    if (!reading.clean()) {
      throw new ResultsRejected(reading.problems(), reading.problemCount(), false);
    }
    countNothingAsZero(counts);
    String caller = session.getCallerPrincipal().getName();
    CrmImport imported =
        new CrmImport(fileName, reading.sha256(), reading.values(), caller, clock.now());
    em.persist(imported);
    em.flush();
    counts.forEach(
        (counted, value) ->
            em.persist(
                new CrmFigure(
                    imported.id(),
                    counted.contractId(),
                    counted.metric(),
                    counted.period(),
                    value)));
    Set<String> references = new TreeSet<>();
    contracts
        .values()
        .forEach(found -> found.ifPresent(contract -> references.add(contract.reference())));
    audit.record(
        caller,
        "CrmImport",
        imported.id(),
        "IMPORTED",
        null,
        Map.of(
            "file",
            String.valueOf(fileName),
            "sha256",
            reading.sha256(),
            "records",
            reading.values(),
            "figures",
            counts.size(),
            "contracts",
            references));
    return new CrmReceipt(imported.id(), reading.values(), counts.size(), references);
  }
}
