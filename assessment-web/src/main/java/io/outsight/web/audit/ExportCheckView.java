package io.outsight.web.audit;

import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.audit.FileCheck;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.Contracts;
import io.outsight.reporting.export.AssessmentFiles;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/** Tells an auditor whether a report file they hold is one the portal wrote, unaltered. */
@Named
@ViewScoped
public class ExportCheckView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExportedFiles files;

  @EJB private Contracts contracts;

  @Inject private Formats formats;

  private String verdict;

  private boolean genuine;

  public void check(FileUploadEvent upload) throws IOException {
    try (InputStream content = upload.getFile().getInputStream()) {
      FileCheck check = files.check(content);
      genuine = check.genuine();
      verdict =
          check.exports().stream()
              .findFirst()
              .map(
                  export ->
                      export.format().startsWith(AssessmentFiles.FORMAT_PREFIX)
                          ? Messages.text(
                              "audit.check.genuineAssessment",
                              export.fileName(),
                              check.sha256(),
                              export.generatedBy(),
                              formats.dateTime(export.generatedAt()))
                          : Messages.text(
                              "audit.check.genuine",
                              export.fileName(),
                              check.sha256(),
                              export.contractId() == null
                                  ? Messages.text("audit.check.allContracts")
                                  : Messages.text(
                                      "audit.check.contract",
                                      contracts
                                          .details(export.contractId())
                                          .map(ContractDetails::reference)
                                          .orElse(String.valueOf(export.contractId()))),
                              formats.period(export.from()),
                              formats.period(export.to()),
                              export.generatedBy(),
                              formats.dateTime(export.generatedAt())))
              .orElseGet(() -> Messages.text("audit.check.notGenuine", check.sha256()));
    }
  }

  public String getVerdict() {
    return verdict;
  }

  public boolean isGenuine() {
    return genuine;
  }
}
