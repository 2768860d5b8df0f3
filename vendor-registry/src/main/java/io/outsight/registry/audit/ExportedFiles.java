package io.outsight.registry.audit;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.Sha256;
import io.outsight.core.report.ReportExport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The register of exported report files: each export is recorded with its digest and an audit event
 * in one transaction, after which the trail is anchored outside the database; a file anyone holds
 * is checked against the register.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ExportedFiles {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @EJB private Checkpoints checkpoints;

  @Resource private SessionContext session;

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public void record(ReportExport export) {
    em.persist(export);
    em.flush();
    audit.record(
        session.getCallerPrincipal().getName(),
        "ReportExport",
        export.id(),
        "EXPORTED",
        null,
        Map.of(
            "sha256",
            export.sha256(),
            "file",
            export.fileName(),
            "format",
            export.exporter(),
            "contractId",
            export.contractId().map(String::valueOf).orElse("all"),
            "from",
            export.periodFrom(),
            "to",
            export.periodTo(),
            "bytes",
            export.byteCount(),
            "client",
            export.client()));
    checkpoints.afterCommit();
  }

  /**
   * The exports a file's bytes match, by SHA-256: none when the file is not one the portal wrote,
   * or was altered.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public FileCheck check(InputStream file) {
    String digest = sha256(file);
    List<ReportExport> matching =
        em.createQuery(
                "select e from ReportExport e where e.sha256 = :digest order by e.generatedAt",
                ReportExport.class)
            .setParameter("digest", digest)
            .getResultList();
    return FileCheck.of(digest, matching.stream().map(FileCheck.Export::of).toList());
  }

  private static String sha256(InputStream file) {
    MessageDigest digest = Sha256.digest();
    try (DigestInputStream in = new DigestInputStream(file, digest)) {
      in.transferTo(OutputStream.nullOutputStream());
      return Sha256.hex(digest);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
