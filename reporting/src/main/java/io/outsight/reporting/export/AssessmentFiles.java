package io.outsight.reporting.export;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.Sha256;
import io.outsight.core.report.ReportExport;
import io.outsight.extension.api.report.ReportDocument.Labels;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.reporting.contract.ReportFiles;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * An assessment as a file for the vendor file and the auditors: the PDF written here, the JSON
 * written by the API's own document. Every file is registered with its SHA-256 digest and an audit
 * event before it is handed out, as report files are.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class AssessmentFiles {

  /** What the formats of assessment files start with, telling them from report files. */
  public static final String FORMAT_PREFIX = "assessment-";

  @EJB private Assessments assessments;

  @EJB private ApprovalConditions conditions;

  @EJB private ExportedFiles register;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /** The assessment as a PDF in the reader's language. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReportFiles.File pdf(long assessmentId, Labels labels, Locale language, String client) {
    AssessmentDetails details = assessments.details(assessmentId);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      PdfSections.write(
          details.subject(),
          session.getCallerPrincipal().getName(),
          List.of(
              labels.text("export.generatedBy")
                  + ": "
                  + session.getCallerPrincipal().getName()
                  + ", "
                  + clock.now().truncatedTo(ChronoUnit.SECONDS)),
          AssessmentSections.of(details, conditions.ofAssessment(assessmentId), labels, language),
          labels,
          bytes);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return registered(
        details, "assessment-pdf", "application/pdf", "pdf", bytes.toByteArray(), client);
  }

  /** Registers a file another layer wrote of the assessment, such as the API's JSON document. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReportFiles.File register(
      long assessmentId,
      String format,
      String mediaType,
      String extension,
      byte[] content,
      String client) {
    return registered(
        assessments.details(assessmentId), format, mediaType, extension, content, client);
  }

  private ReportFiles.File registered(
      AssessmentDetails details,
      String format,
      String mediaType,
      String extension,
      byte[] content,
      String client) {
    String digest = Sha256.hex(content);
    String name = FORMAT_PREFIX + details.id() + "." + extension;
    Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
    register.record(
        new ReportExport(
            digest,
            format,
            name,
            null,
            details.startedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
            now.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
            content.length,
            session.getCallerPrincipal().getName(),
            now,
            client));
    return new ReportFiles.File(name, mediaType, content, digest);
  }
}
