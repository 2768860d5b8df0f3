package io.outsight.reporting.contract;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.Sha256;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportExport;
import io.outsight.core.report.ReportInput;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.extension.api.report.ReportExporter;
import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.DeclaredParameters;
import io.outsight.registry.extension.ExtensionRegistry;
import io.outsight.registry.extension.Extensions;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Contract success reports as files in any installed format. Every file is registered with its
 * SHA-256 digest and an audit event before it is handed out, so an auditor can later prove it.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class ReportFiles {

  private static final Logger LOG = Logger.getLogger(ReportFiles.class.getName());

  /** A written report file and its digest. */
  public record File(String name, String mediaType, byte[] content, String sha256) {}

  @EJB private ReportInputs inputs;

  @EJB private ExportedFiles register;

  @Inject private ExtensionRegistry registry;

  @EJB private Extensions extensions;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /** The installed formats in use, by id. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<String> formats() {
    return extensions.enabled(ReportExporter.class).stream()
        .map(ReportExporter::id)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /** The format in use that writes {@code mediaType}, if one is installed. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<String> formatFor(String mediaType) {
    return extensions.enabled(ReportExporter.class).stream()
        .filter(exporter -> exporter.mediaType().equalsIgnoreCase(mediaType))
        .map(ReportExporter::id)
        .findFirst();
  }

  /**
   * The options the format takes, none for most; a format that fails to say is shown without
   * options (its download then fails, naming it), and the rest of the page stands.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Parameter> optionsOf(String format) {
    try {
      return extensions.enabled(ReportExporter.class).stream()
          .filter(exporter -> exporter.id().equals(format))
          .findFirst()
          .map(exporter -> List.copyOf(exporter.parameters()))
          .orElse(List.of());
    } catch (RuleViolation failed) {
      LOG.warning(failed.getMessage());
      return List.of();
    }
  }

  /**
   * Writes the report over {@code from} to {@code to} in the format {@code format} with the options
   * given (each the format declares, else its default), in the words of {@code labels}, and
   * registers the file with the client that asked for it.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public File export(
      long contractId,
      Period from,
      Period to,
      String format,
      Map<String, BigDecimal> options,
      ReportDocument.Labels labels,
      String language,
      String client) {
    ReportExporter exporter =
        registry.loaded(ReportExporter.class).stream()
            .filter(candidate -> candidate.id().equals(format))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "report.unknown-format",
                        "No report format " + format + " is installed",
                        List.of(format)));
    if (extensions.isDisabled(ReportExporter.class, format)) {
      throw new RuleViolation(
          "report.format-disabled",
          "The report format " + format + " is disabled",
          List.of(format));
    }
    Map<String, BigDecimal> values =
        DeclaredParameters.valuesFor("report.option", exporter.parameters(), options);
    ReportInput input = inputs.reportInput(contractId, from, to);
    ContractReport report = ContractReports.of(input);
    String caller = session.getCallerPrincipal().getName();
    Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
    ReportDocument.Metadata metadata =
        new ReportDocument.Metadata(
            labels.text("report.title") + " " + report.contractReference(),
            language,
            caller,
            now,
            input.today(),
            modelUsed(input),
            input.contract().kpis().stream().map(KpiTarget::goal).toList(),
            input.metrics().all().stream()
                .map(metric -> metric.id() + " " + metric.version())
                .toList());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      exporter.write(new ReportDocument(report, metadata, labels), values, bytes);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    byte[] content = bytes.toByteArray();
    String digest = Sha256.hex(content);
    String name =
        "success-report-"
            + report.contractReference()
            + "-"
            + from
            + "-"
            + to
            + "."
            + exporter.fileExtension();
    register.record(
        new ReportExport(
            digest,
            exporter.id(),
            name,
            contractId,
            from.toString(),
            to.toString(),
            content.length,
            caller,
            now,
            client));
    return new File(name, exporter.mediaType(), content, digest);
  }

  /** The compensation model and its version, with the values of its parameters where it has any. */
  private static String modelUsed(ReportInput input) {
    Map<String, BigDecimal> parameters = input.contract().compensation().parameters();
    return input.model().id()
        + " "
        + input.model().version()
        + (parameters.isEmpty()
            ? ""
            : new TreeMap<>(parameters)
                .entrySet().stream()
                    .map(
                        value ->
                            value.getKey()
                                + " "
                                + value.getValue().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(", ", " (", ")")));
  }
}
