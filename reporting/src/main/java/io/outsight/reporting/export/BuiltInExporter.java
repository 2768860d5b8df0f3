package io.outsight.reporting.export;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.report.ReportExporter;

/** A built-in report format: its id is the file's extension. */
abstract class BuiltInExporter extends BuiltInExtension implements ReportExporter {

  private final String mediaType;

  BuiltInExporter(String extension, String displayName, String mediaType) {
    super(extension, displayName);
    this.mediaType = mediaType;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public String fileExtension() {
    return id();
  }
}
