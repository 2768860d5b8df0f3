package io.outsight.reporting.export;

import io.outsight.core.extension.ReportExporter;

/** What the built-in formats share: an id that is the file's extension, and version 1.0. */
abstract class BuiltInExporter implements ReportExporter {

  private final String extension;
  private final String displayName;
  private final String mediaType;

  BuiltInExporter(String extension, String displayName, String mediaType) {
    this.extension = extension;
    this.displayName = displayName;
    this.mediaType = mediaType;
  }

  @Override
  public String id() {
    return extension;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public String fileExtension() {
    return extension;
  }
}
