package io.outsight.registry.audit;

import io.outsight.core.report.ReportExport;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What checking a file found: its digest, whether it is genuine, and the exports it is; none means
 * not genuine.
 */
public record FileCheck(String sha256, boolean genuine, List<Export> exports)
    implements Serializable {

  /**
   * An export the file matches, with the client that asked for it (null for exports made before
   * clients were kept).
   */
  @Schema(name = "RegisteredExport")
  public record Export(
      long id,
      String fileName,
      String format,
      Long contractId,
      String from,
      String to,
      String generatedBy,
      Instant generatedAt,
      String client)
      implements Serializable {

    static Export of(ReportExport export) {
      return new Export(
          export.id(),
          export.fileName(),
          export.exporter(),
          export.contractId().orElse(null),
          export.periodFrom(),
          export.periodTo(),
          export.generatedBy(),
          export.generatedAt(),
          export.client());
    }
  }

  public FileCheck {
    exports = List.copyOf(exports);
    if (genuine == exports.isEmpty()) {
      throw new IllegalArgumentException(
          "a file is genuine when, and only when, it matches an export");
    }
  }

  static FileCheck of(String sha256, List<Export> exports) {
    return new FileCheck(sha256, !exports.isEmpty(), exports);
  }
}
